package org.auditor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Location;

/** Minimal CSV (UTF-8 with BOM, one row per finding) until the full CSV writer lands. */
public final class CsvSupport {
    private CsvSupport() {}

    public static ReportWriter writer() {
        return new ReportWriter() {
            @Override public String format() { return "csv"; }

            @Override public void write(List<FileResult> results, RunInfo run, OutputStream os) throws IOException {
                os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8);
                out.print("file,page,line,ruleId,severity,message,statedValues,expected,difference,snippet\r\n");
                for (FileResult r : results) {
                    if (!r.ok()) { out.print(String.join(",", q(r.path()), "", "", "", "ERROR", q(r.error()), "", "", "", "") + "\r\n"); continue; }
                    for (Check c : r.findings()) {
                        Location l = c.locations().isEmpty() ? null : c.locations().get(0);
                        out.print(String.join(",", q(r.path()), l == null || l.page() == 0 ? "" : "" + l.page(), l == null ? "" : "" + l.line(),
                                c.ruleId(), c.severity().name(), q(c.message()), q(String.join(" ", c.statedValues())),
                                c.expected() == null ? "" : c.expected().toPlainString(), c.difference() == null ? "" : c.difference().toPlainString(),
                                q(l == null ? "" : l.snippet())) + "\r\n");
                    }
                }
                out.flush();
            }
        };
    }

    private static String q(String s) { return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\""; }
}
