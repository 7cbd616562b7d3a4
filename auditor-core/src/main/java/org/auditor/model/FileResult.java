package org.auditor.model;

import java.util.List;

/** The audit of one input file: an error row, or the checks evaluated on it. */
public record FileResult(String path, String status, String error, ReportKind kind, String entity, Integer year,
                         int pages, List<Check> checks) {
    public FileResult { checks = List.copyOf(checks); }

    public static FileResult error(String path, String message) {
        return new FileResult(path, "error", message, null, null, null, 0, List.of());
    }

    public boolean ok() { return "ok".equals(status); }

    public List<Check> findings() { return checks.stream().filter(c -> !c.passed()).toList(); }

    public List<Check> passed() { return checks.stream().filter(Check::passed).toList(); }

    public long count(Severity s) { return findings().stream().filter(c -> c.severity() == s).count(); }
}
