package org.teamaround.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Values Java reads but PostgreSQL cannot keep are refused where they enter (400, naming the field): text with a NUL
 * character, and days outside the years 1–9999 (`+999999999-12-31` is a Java date, not a PostgreSQL one).
 */
@Singleton
class JsonInputLimits implements ObjectMapperCustomizer {

    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("teamaround-input-limits")
                .addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(LocalDate.class, new DayInRange()));
    }

    private static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(text, String.class, "has a NUL character");
            }
            return text;
        }
    }

    private static final class DayInRange extends LocalDateDeserializer {
        DayInRange() {
            super(LocalDateDeserializer.INSTANCE, (Boolean) null);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate day = super.deserialize(parser, context);
            if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
                throw context.weirdStringException(parser.getText(), LocalDate.class, "is not a day of years 1-9999");
            }
            return day;
        }
    }
}
