package org.auditor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The report formats by name, so that one audit run can be written in several of them
 * ({@code --format xlsx,html,json}).
 */
public final class ReportWriters {
    private static final Map<String, Supplier<ReportWriter>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("json", JsonReportWriter::new);
        KNOWN.put("csv", CsvReportWriter::new);
        KNOWN.put("xlsx", XlsxReportWriter::new);
        KNOWN.put("html", HtmlReportWriter::new);
    }

    private ReportWriters() {}

    /** The format names, in a stable order. */
    public static Set<String> known() { return KNOWN.keySet(); }

    /** The writer for one format name (case and surrounding blanks ignored). */
    public static ReportWriter forFormat(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        Supplier<ReportWriter> s = KNOWN.get(key);
        if (s == null)
            throw new IllegalArgumentException("unknown report format '" + (name == null ? "" : name.strip())
                    + "'; known formats: " + String.join(", ", known()));
        return s.get();
    }

    /** Writers for a comma-separated list such as "xlsx,html,json", in that order, each format once. */
    public static List<ReportWriter> forFormats(String names) {
        if (names == null || names.isBlank())
            throw new IllegalArgumentException("no report format given; known formats: " + String.join(", ", known()));
        List<ReportWriter> writers = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String part : names.split(",")) {
            if (part.isBlank()) continue;
            ReportWriter w = forFormat(part);
            if (!seen.contains(w.format())) {
                seen.add(w.format());
                writers.add(w);
            }
        }
        if (writers.isEmpty())
            throw new IllegalArgumentException("no report format given; known formats: " + String.join(", ", known()));
        return List.copyOf(writers);
    }
}
