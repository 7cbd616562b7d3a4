package org.auditor.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Location;

/**
 * One check of one file flattened for a table row. A check may involve numbers on several lines; its
 * first location (the first involved number, the stated figure) is where a reader is sent, and
 * {@link #locations()} lists all of them.
 */
record CheckRow(FileResult file, Check check, Location primary) {

    /** The row of a check, its first location computed once (the comparator asks for it often). */
    static CheckRow of(FileResult file, Check check) {
        List<Location> locs = check.locations();
        return new CheckRow(file, check, locs.isEmpty() ? null : locs.get(0));
    }

    /** Document order: page, line, column of the first location; checks without one go last. */
    static final Comparator<CheckRow> BY_POSITION = Comparator.comparing(
            CheckRow::primary, Comparator.nullsLast(Comparator.comparingInt(Location::page)
                    .thenComparingInt(Location::line).thenComparingInt(Location::column)));

    static List<CheckRow> findings(FileResult r) { return rows(r, r.findings()); }

    static List<CheckRow> passed(FileResult r) { return rows(r, r.passed()); }

    private static List<CheckRow> rows(FileResult r, List<Check> checks) {
        return checks.stream().map(c -> of(r, c)).sorted(BY_POSITION).toList();
    }

    Integer page() {
        Location l = primary;
        return l == null || l.page() <= 0 ? null : l.page();
    }

    Integer line() {
        Location l = primary;
        return l == null || l.line() <= 0 ? null : l.line();
    }

    String section() {
        Location l = primary;
        return l == null || l.section() == null ? "" : l.section();
    }

    String snippet() {
        Location l = primary;
        return l == null || l.snippet() == null ? "" : l.snippet();
    }

    String statedValues() { return String.join("; ", check.statedValues()); }

    /** Every distinct place the check involves, "p.3 l.12; p.4 l.2". */
    String locations() {
        return check.locations().stream().map(Location::shortRef).distinct().collect(Collectors.joining("; "));
    }

    /** A value without trailing zeros or exponent ("264.33", "10", "4.0006"), as the JSON writes it. */
    static String plain(BigDecimal v) {
        if (v == null) return "";
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
