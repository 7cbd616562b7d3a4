package org.auditor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.auditor.engine.RuleInfo;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;

/**
 * The columns of the tabular reports, defined once for CSV, XLSX and the HTML summary: a label key, the
 * cell value (String, Integer, Long, BigDecimal or null — numbers stay numbers so spreadsheets can sum
 * them) and a width cap in characters for spreadsheets.
 */
final class Columns {
    private Columns() {}

    record Column<T>(String key, BiFunction<T, Labels, Object> value, int maxWidth) {
        Object valueOf(T row, Labels labels) { return value.apply(row, labels); }
    }

    /** A rule with how often it failed and passed in this run. */
    record RuleRow(RuleInfo rule, long findings, long passed) {}

    static final Column<CheckRow> FILE = new Column<>("col.file", (r, l) -> r.file().path(), 50);
    static final Column<CheckRow> STATUS = new Column<>("col.status", (r, l) -> l.checkStatus(r.check().passed()), 10);
    static final Column<CheckRow> SEVERITY = new Column<>("col.severity",
            (r, l) -> r.check().passed() ? "" : l.severity(r.check().severity()), 10);

    /** One row per check. STATUS is inserted after SEVERITY where passed checks share the table. */
    static final List<Column<CheckRow>> CHECK = List.of(
            FILE,
            new Column<>("col.page", (r, l) -> r.page(), 6),
            new Column<>("col.line", (r, l) -> r.line(), 6),
            new Column<>("col.section", (r, l) -> r.section(), 40),
            new Column<>("col.ruleId", (r, l) -> r.check().ruleId(), 12),
            SEVERITY,
            new Column<>("col.message", (r, l) -> r.check().message(), 80),
            new Column<>("col.relation", (r, l) -> r.check().relation(), 60),
            new Column<>("col.statedValues", (r, l) -> r.statedValues(), 40),
            new Column<>("col.expected", (r, l) -> r.check().expected(), 14),
            new Column<>("col.difference", (r, l) -> r.check().difference(), 14),
            new Column<>("col.cause", (r, l) -> l.cause(r.check().diagnosis()), 12),
            new Column<>("col.diagnosis", (r, l) -> r.check().diagnosis() == null ? null : r.check().diagnosis().explanation(), 80),
            new Column<>("col.correctedValue", (r, l) -> r.check().diagnosis() == null ? null : r.check().diagnosis().correctedValue(), 14),
            new Column<>("col.snippet", (r, l) -> r.snippet(), 80),
            new Column<>("col.locations", (r, l) -> r.locations(), 30));

    static List<Column<CheckRow>> checkColumns(boolean withStatus) {
        if (!withStatus) return CHECK;
        List<Column<CheckRow>> cols = new ArrayList<>(CHECK);
        cols.add(cols.indexOf(SEVERITY) + 1, STATUS);
        return List.copyOf(cols);
    }

    static final Column<FileResult> PATH = new Column<>("col.path", (r, l) -> r.path(), 60);

    /** One row per input file. */
    static final List<Column<FileResult>> SUMMARY = List.of(
            PATH,
            new Column<>("col.entity", (r, l) -> r.entity(), 30),
            new Column<>("col.year", (r, l) -> r.year(), 6),
            new Column<>("col.kind", (r, l) -> l.kind(r.kind()), 16),
            new Column<>("col.fileStatus", (r, l) -> l.fileStatus(r.status()), 8),
            new Column<>("col.error", (r, l) -> r.error(), 60),
            new Column<>("col.checks", (r, l) -> r.checks().size(), 10),
            new Column<>("col.errors", (r, l) -> r.count(Severity.ERROR), 8),
            new Column<>("col.warnings", (r, l) -> r.count(Severity.WARNING), 8),
            new Column<>("col.infos", (r, l) -> r.count(Severity.INFO), 8));

    /** One row per rule of the rule base. */
    static final List<Column<RuleRow>> RULES = List.of(
            new Column<>("col.ruleId", (r, l) -> r.rule().id(), 12),
            new Column<>("col.family", (r, l) -> r.rule().family(), 8),
            new Column<>("col.severity", (r, l) -> l.severity(r.rule().severity()), 10),
            new Column<>("col.description", (r, l) -> r.rule().description(), 100),
            new Column<>("col.formula", (r, l) -> r.rule().doc().formula(), 60),
            new Column<>("col.findingCount", (r, l) -> r.findings(), 8),
            new Column<>("col.passedCount", (r, l) -> r.passed(), 8));

    /** Every rule with its counts over the run, in rule id order. */
    static List<RuleRow> ruleRows(List<FileResult> results, RunInfo run) {
        Map<String, long[]> counts = new HashMap<>();
        for (FileResult r : results)
            for (Check c : r.checks()) counts.computeIfAbsent(c.ruleId(), k -> new long[2])[c.passed() ? 1 : 0]++;
        return run.rules().stream()
                .sorted(Comparator.comparing(RuleInfo::id))
                .map(ri -> {
                    long[] n = counts.getOrDefault(ri.id(), new long[2]);
                    return new RuleRow(ri, n[0], n[1]);
                }).toList();
    }
}
