package org.auditor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Severity;

/**
 * The readable console summary: the configuration in effect, per file its findings with location and
 * snippet, then totals (with the known findings a baseline suppressed).
 */
public final class ConsoleReportWriter implements ReportWriter {
    @Override public String format() { return "text"; }

    @Override public String extension() { return "txt"; }

    @Override public void write(List<FileResult> results, RunInfo run, OutputStream os) throws IOException {
        PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8);
        Labels l = Labels.of(run.lang());
        out.println(RunText.settingsLine(run.settings(), l));
        String user = RunText.userRules(run);
        if (user != null) out.println(l.get("config.userRules") + " " + user);
        int checks = 0, errors = 0, warnings = 0, infos = 0, failedFiles = 0;
        for (FileResult r : results) {
            if (!r.ok()) {
                failedFiles++;
                out.printf("✗ %s%n    错误: %s%n", r.path(), r.error());
                continue;
            }
            checks += r.checks().size();
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            infos += r.count(Severity.INFO);
            out.printf("%s %s  [%s%s%s]  核对 %d 项关系，问题 %d 个%n", r.findings().isEmpty() ? "✓" : "!", r.path(),
                    r.kind() == null ? "" : r.kind().label(), r.entity() == null ? "" : " · " + r.entity(),
                    r.year() == null ? "" : " · " + r.year(), r.checks().size(), r.findings().size());
            if (run.fileSettings().containsKey(r.path())) out.printf("    %s%n", RunText.settingsLine(run.settingsOf(r.path()), l));
            if (run.suppressed().of(r.path()) > 0) out.printf("    %s%n", RunText.suppressedInFile(run.suppressed().of(r.path()), l));
            for (Check c : r.findings()) printCheck(out, c);
            if (run.includePassed())
                for (Check c : r.passed()) {
                    out.printf("    PASS  %-10s %s  (%s)%n", c.ruleId(), c.relation(), where(c));
                    if (c.diagnosis() != null) out.printf("            注：%s%n", c.diagnosis().explanation());
                }
        }
        out.printf("%n%d 个文件（%d 个无法读取），核对 %d 项关系：ERROR %d，WARNING %d，INFO %d%n", results.size(), failedFiles, checks,
                errors, warnings, infos);
        if (run.suppressed().baseline() != null)
            out.printf("%s: %d (%s)%n", l.get("config.suppressed"), run.suppressed().total(), run.suppressed().baseline());
        out.flush();
    }

    private static void printCheck(PrintStream out, Check c) {
        out.printf("    %-7s %-10s %s%n", c.severity(), c.ruleId(), c.message());
        out.printf("            %s  %s%n", where(c), c.relation());
        if (!c.locations().isEmpty()) out.printf("            「%s」%n", abbreviate(c.locations().get(0).snippet(), 100));
        Diagnosis d = c.diagnosis();
        if (d != null) out.printf("            可能原因：[%s] %s%n", d.kind().label(), d.explanation());
    }

    private static String where(Check c) {
        StringBuilder sb = new StringBuilder();
        for (Location l : c.locations()) {
            String ref = l.shortRef();
            if (sb.indexOf(ref) < 0) sb.append(sb.length() == 0 ? "" : ", ").append(ref);
        }
        return sb.toString();
    }

    private static String abbreviate(String s, int n) { return s == null ? "" : s.length() <= n ? s : s.substring(0, n) + "…"; }
}
