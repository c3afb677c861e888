package org.teamaround.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teamaround.report.ReportRecords.Figure;
import org.teamaround.report.ReportRecords.MeasureInfo;
import org.teamaround.report.ReportRecords.Report;
import org.teamaround.report.ReportRecords.Row;

/** A report as a spreadsheet: the same figures as its JSON, small numbers suppressed, the filters in the file name. */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String FEWER_THAN_5 = "fewer than 5";

    private static final CsvFactory CSV = new CsvFactory();

    private ReportCsv() {}

    static String write(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = CSV.createGenerator(out)) {
            ((CsvGenerator) generator).setSchema(CsvSchema.emptySchema());
            List<String> header = new ArrayList<>();
            header.add(report.by() == null ? "" : Breakdown.fromParam(report.by()).heading);
            report.measures().forEach(m -> header.add(heading(m)));
            line(generator, header);
            line(generator, cells(report.total()));
            for (Row row : report.rows()) {
                line(generator, cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** `funnel_2024-11-01_to_2025-12-31_area-pontefract_by-school.csv` */
    static String fileName(Report report) {
        StringBuilder name = new StringBuilder(report.report() + "_" + report.from() + "_to_" + report.to());
        part(name, "area", report.filters().areaName());
        part(name, "school", report.filters().schoolUrn());
        part(name, "need", report.filters().needType());
        part(name, "practitioner", report.filters().practitionerName());
        part(name, "by", report.by());
        return name.append(".csv").toString();
    }

    private static void part(StringBuilder name, String what, String value) {
        if (value != null) {
            name.append('_').append(what).append('-')
                    .append(value.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        }
    }

    private static String heading(MeasureInfo measure) {
        return switch (measure.unit()) {
            case PERCENT -> measure.label() + " (%)";
            case DAYS -> measure.label() + " (days)";
            default -> measure.label();
        };
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(text(row.label()));
        for (Figure figure : row.figures()) {
            cells.add(figure.suppressed() ? FEWER_THAN_5 : figure.value() == null ? "" : figure.value().toPlainString());
        }
        return cells;
    }

    /** A spreadsheet must not read a name as a formula. */
    private static String text(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void line(JsonGenerator generator, List<String> cells) throws IOException {
        generator.writeStartArray();
        for (String cell : cells) {
            generator.writeString(cell);
        }
        generator.writeEndArray();
    }

}
