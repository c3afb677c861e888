package org.teamaround.security.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values a field should refuse, or at least survive, chosen with jqwik from what its schema says: the wrong type,
 * out-of-range numbers, impossible dates, broken UUIDs, unknown enum values, over-long and control-character strings,
 * and SQL, HTML and script payloads.
 */
final class BadValues {

    static final List<String> PAYLOADS = List.of("' or '1'='1", "'; drop table referral; --", "\" or 1=1 --",
            "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://x/a}",
            "../../etc/passwd", "%00", "\u202e\u0000\u0007\u001b[31m", "=cmd|' /C calc'!A0", "null", "[]", "{}");
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "0000-00-00", "1800-01-01",
            "9999-12-31", "+999999999-12-31", "26-01-01", "today", "2026-01-01T25:00:00Z", "");
    private static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "123", "ffffffff-ffff-ffff-ffff-ffffffffffffff", "' or 1=1 --", "../referrals");
    private static final List<Object> BAD_NUMBERS = List.of(-1, 0, Integer.MAX_VALUE, Long.MIN_VALUE, 1.5, -0.0,
            1e308, new BigInteger("9".repeat(400)), "12", "");

    private BadValues() {}

    /** A bad value for a field of this schema (a missing schema gets anything). */
    static Arbitrary<Object> forSchema(JsonNode schema) {
        List<Arbitrary<?>> choices = new ArrayList<>(List.of(wrongType(), strings()));
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (format.equals("date") || format.equals("date-time")) {
            choices.add(Arbitraries.of(BAD_DATES));
        }
        if (format.equals("uuid")) {
            choices.add(Arbitraries.of(BAD_UUIDS));
        }
        if (type.equals("integer") || type.equals("number")) {
            choices.add(Arbitraries.of(BAD_NUMBERS));
            choices.add(Arbitraries.longs());
        }
        if (schema.has("enum")) {
            choices.add(Arbitraries.of("NOT_A_VALUE", schema.path("enum").path(0).asText().toLowerCase(), " "));
        }
        if (schema.has("maxLength")) {
            choices.add(Arbitraries.strings().withCharRange('a', 'z').ofLength(schema.path("maxLength").asInt() + 1));
        }
        return Arbitraries.oneOf(choices.stream().map(BadValues::widen).toList());
    }

    /** Anything that is not what the field takes: another JSON type, null, a nested structure. */
    static Arbitrary<Object> wrongType() {
        return Arbitraries.oneOf(List.of(widen(Arbitraries.of(true, false)), widen(Arbitraries.integers()),
                widen(Arbitraries.just(new ArrayList<>(List.of(1, "two", Map.of())))),
                widen(Arbitraries.just(new HashMap<>(Map.of("nested", List.of("x"))))),
                widen(Arbitraries.just(NullNode.getInstance()))));
    }

    /** Strings of every kind: payloads, any characters (control characters and unpaired surrogates included), huge. */
    static Arbitrary<Object> strings() {
        return Arbitraries.oneOf(List.of(widen(Arbitraries.of(PAYLOADS)),
                widen(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)),
                widen(Arbitraries.strings().withChars('x', '<', '\'', '\u0000', 'é').ofLength(20_000))));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> widen(Arbitrary<?> arbitrary) {
        return (Arbitrary<Object>) arbitrary;
    }
}
