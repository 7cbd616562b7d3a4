package org.auditor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.auditor.engine.RuleInfo;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Severity;
import org.auditor.report.Columns.Column;

/**
 * One self-contained HTML page (inline CSS and a little vanilla JS, nothing fetched) that opens offline:
 * a summary table of the files, then each file's findings grouped by section, each with its severity,
 * rule (description as tooltip), message, relation, likely cause and the source lines with the numbers marked;
 * checkboxes and a select filter by severity and rule. Every text from the input is escaped.
 */
public final class HtmlReportWriter implements ReportWriter {
    static final String PASSED = "PASSED";

    @Override public String format() { return "html"; }

    @Override public void write(List<FileResult> results, RunInfo run, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        new Page(w, results, run).write();
        w.flush();
    }

    /** HTML-escapes text for element content and quoted attribute values alike. */
    static String esc(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The snippet, escaped, with the spans of the numbers in &lt;mark&gt;. */
    static String marked(String snippet, List<int[]> spans) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            sb.append(esc(snippet.substring(at, s[0]))).append("<mark>").append(esc(snippet.substring(s[0], s[1])))
                    .append("</mark>");
            at = s[1];
        }
        return sb.append(esc(snippet.substring(at))).toString();
    }

    private static final class Page {
        private final Writer w;
        private final List<FileResult> results;
        private final RunInfo run;
        private final Labels l;
        private final Map<String, RuleInfo> rules;

        Page(Writer w, List<FileResult> results, RunInfo run) {
            this.w = w;
            this.results = results;
            this.run = run;
            this.l = Labels.of(run.lang());
            this.rules = run.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
        }

        void write() throws IOException {
            long findings = results.stream().mapToLong(r -> r.findings().size()).sum();
            w.write("<!DOCTYPE html>\n<html lang=\"" + (l.lang().equals("en") ? "en" : "zh-CN") + "\">\n<head>\n"
                    + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>" + esc(l.get("html.title")) + "</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n");
            w.write("<header class=\"top\"><h1>" + esc(l.get("html.title")) + "</h1><p class=\"meta\">"
                    + results.size() + " " + esc(l.get("html.files")) + " · " + findings + " " + esc(l.get("html.findings"))
                    + " · " + esc(l.get("html.generatedBy")) + " auditor " + esc(run.version()) + "</p>\n"
                    + "<p class=\"config\">" + esc(RunText.settingsLine(run.settings(), l)) + "</p>\n"
                    + (RunText.userRules(run) == null ? "" : "<p class=\"config\">" + esc(l.get("config.userRules")) + " " + esc(RunText.userRules(run)) + "</p>\n")
                    + (run.suppressed().baseline() == null ? "" : "<p class=\"config suppressed\">" + esc(l.get("config.suppressed")) + ": "
                            + run.suppressed().total() + " (" + esc(run.suppressed().baseline()) + ")</p>\n")
                    + "</header>\n");
            filters();
            summary();
            for (int i = 0; i < results.size(); i++) file(i, results.get(i));
            w.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
        }

        private void filters() throws IOException {
            Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
            Map<String, Long> byRule = new TreeMap<>();
            long passed = 0;
            for (FileResult r : results)
                for (Check c : r.checks()) {
                    if (c.passed()) {
                        if (!run.includePassed()) continue;
                        passed++;
                    } else bySeverity.merge(c.severity(), 1L, Long::sum);
                    byRule.merge(c.ruleId(), 1L, Long::sum);
                }
            w.write("<form class=\"filters\" id=\"filters\" onsubmit=\"return false\">\n<fieldset><legend>"
                    + esc(l.get("html.severity")) + "</legend>");
            for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO))
                checkbox(s.name(), l.severity(s), bySeverity.getOrDefault(s, 0L));
            if (run.includePassed()) checkbox(PASSED, l.get("html.passedBadge"), passed);
            w.write("</fieldset>\n<label class=\"rule-filter\">" + esc(l.get("html.rule"))
                    + " <select id=\"rule-filter\"><option value=\"\">" + esc(l.get("html.allRules")) + "</option>");
            for (var e : byRule.entrySet()) {
                RuleInfo ri = rules.get(e.getKey());
                w.write("<option value=\"" + esc(e.getKey()) + "\"" + (ri == null ? "" : " title=\"" + esc(ri.description()) + "\"")
                        + ">" + esc(e.getKey()) + " (" + e.getValue() + ")</option>");
            }
            w.write("</select></label>\n<span class=\"shown\">" + esc(l.get("html.shown"))
                    + " <b id=\"shown-count\"></b></span>\n</form>\n");
        }

        private void checkbox(String value, String label, long n) throws IOException {
            w.write("<label class=\"sev sev-" + value + "\"><input type=\"checkbox\" name=\"severity\" value=\"" + value
                    + "\" checked> " + esc(label) + " <span class=\"n\">" + n + "</span></label>");
        }

        private void summary() throws IOException {
            w.write("<section class=\"summary\"><h2>" + esc(l.get("html.summaryTitle")) + "</h2>\n<table id=\"summary\">\n<thead><tr>");
            for (Column<FileResult> c : Columns.SUMMARY) w.write("<th>" + esc(l.get(c.key())) + "</th>");
            if (run.annotateDir() != null) w.write("<th>" + esc(l.get("col.annotated")) + "</th>");
            w.write("</tr></thead>\n<tbody>\n");
            for (int i = 0; i < results.size(); i++) {
                FileResult r = results.get(i);
                w.write("<tr class=\"file-row" + (r.ok() ? "" : " failed") + "\">");
                for (Column<FileResult> c : Columns.SUMMARY) {
                    Object v = c.valueOf(r, l);
                    if (c == Columns.PATH) {
                        w.write("<td class=\"path\"><a href=\"#f" + (i + 1) + "\">" + esc(v) + "</a></td>");
                    } else if (v instanceof Number n) {
                        String sev = switch (c.key()) {
                            case "col.errors" -> "ERROR";
                            case "col.warnings" -> "WARNING";
                            case "col.infos" -> "INFO";
                            default -> null;
                        };
                        boolean tint = sev != null && n.longValue() > 0;
                        w.write("<td class=\"num" + (tint ? " cnt-" + sev : "") + "\">" + esc(v) + "</td>");
                    } else {
                        w.write("<td>" + esc(v) + "</td>");
                    }
                }
                if (run.annotateDir() != null) {
                    Path copy = Links.annotatedCopy(run, r);
                    w.write("<td>" + (copy == null ? "" : "<a href=\"" + esc(copy.toUri().toASCIIString()) + "\">"
                            + esc(l.get("link.open")) + "</a>") + "</td>");
                }
                w.write("</tr>\n");
            }
            w.write("</tbody></table></section>\n");
        }

        private void file(int index, FileResult r) throws IOException {
            String uri = Links.fileUri(r.path());
            w.write("<section class=\"file\" id=\"f" + (index + 1) + "\">\n<h2>"
                    + (uri == null ? esc(r.path()) : "<a href=\"" + esc(uri) + "\">" + esc(r.path()) + "</a>") + "</h2>\n");
            List<String> meta = new ArrayList<>();
            if (r.entity() != null) meta.add(esc(r.entity()));
            if (r.year() != null) meta.add(esc(r.year()));
            if (r.kind() != null) meta.add(esc(l.kind(r.kind())));
            if (r.ok()) meta.add(esc(l.get("col.checks")) + " " + r.checks().size());
            if (run.suppressed().of(r.path()) > 0) meta.add(esc(RunText.suppressedInFile(run.suppressed().of(r.path()), l)));
            if (run.fileSettings().containsKey(r.path())) meta.add(esc(RunText.settingsLine(run.settingsOf(r.path()), l)));
            Path copy = Links.annotatedCopy(run, r);
            if (copy != null)
                meta.add("<a class=\"annotated\" href=\"" + esc(copy.toUri().toASCIIString()) + "\">" + esc(l.get("html.annotated")) + "</a>");
            w.write("<p class=\"file-meta\">" + String.join(" · ", meta) + "</p>\n");
            if (!r.ok()) {
                w.write("<p class=\"error\">" + esc(l.get("html.error")) + ": " + esc(r.error()) + "</p>\n</section>\n");
                return;
            }
            List<CheckRow> rows = new ArrayList<>(CheckRow.findings(r));
            if (rows.isEmpty()) w.write("<p class=\"none\">" + esc(l.get("html.noFindings")) + "</p>\n");
            if (run.includePassed()) {
                rows.addAll(CheckRow.passed(r));
                rows.sort(CheckRow.BY_POSITION);
            }
            Map<String, List<CheckRow>> bySection = new LinkedHashMap<>();
            for (CheckRow row : rows) bySection.computeIfAbsent(row.section(), k -> new ArrayList<>()).add(row);
            int n = 0;
            for (var e : bySection.entrySet()) {
                w.write("<section class=\"group\"><h3>" + esc(l.section(e.getKey())) + "</h3>\n");
                for (CheckRow row : e.getValue()) check(index, ++n, row.check());
                w.write("</section>\n");
            }
            w.write("</section>\n");
        }

        private void check(int file, int n, Check c) throws IOException {
            Severity severity = c.severity() == null ? Severity.INFO : c.severity(); // a failed check always has one
            String sev = c.passed() ? PASSED : severity.name();
            String badge = c.passed() ? l.get("html.passedBadge") : l.severity(severity);
            RuleInfo ri = rules.get(c.ruleId());
            w.write("<article class=\"check sev-" + sev + "\" id=\"f" + (file + 1) + "-c" + n + "\" data-severity=\"" + sev
                    + "\" data-rule=\"" + esc(c.ruleId()) + "\">\n<div class=\"head\"><span class=\"badge sev-" + sev + "\">"
                    + esc(badge) + "</span> <abbr class=\"rule\"" + (ri == null ? "" : " title=\"" + esc(ri.description()) + "\"")
                    + ">" + esc(c.ruleId()) + "</abbr> <span class=\"msg\">" + esc(c.message()) + "</span></div>\n");
            List<String> rel = new ArrayList<>();
            if (c.relation() != null && !c.relation().isBlank())
                rel.add("<span class=\"k\">" + esc(l.get("html.relation")) + "</span> <code>" + esc(c.relation()) + "</code>");
            if (c.expected() != null) rel.add(number("html.expected", c.expected()));
            if (c.difference() != null) rel.add(number("html.difference", c.difference()));
            if (!rel.isEmpty()) w.write("<p class=\"rel\">" + String.join(" ", rel) + "</p>\n");
            Diagnosis d = c.diagnosis();
            if (d != null) {
                w.write("<p class=\"diag\" data-cause=\"" + d.kind().name() + "\"><span class=\"k\">"
                        + esc(l.get(c.passed() ? "html.note" : "html.cause")) + "</span> <b class=\"cause\">" + esc(l.cause(d)) + "</b> "
                        + esc(d.explanation()));
                if (d.correctedValue() != null)
                    w.write(" <span class=\"k\">" + esc(l.get("html.correctedValue")) + "</span> <b class=\"v\">" + esc(d.correctedValue()) + "</b>");
                w.write("</p>\n");
            }
            w.write("<ul class=\"src\">");
            for (Snippets.Excerpt x : Snippets.excerpts(c)) {
                w.write("<li><span class=\"ref\">" + esc(ref(x.at())) + "</span> <span class=\"snippet\">"
                        + marked(x.snippet(), Snippets.spans(x.snippet(), x.numbers())) + "</span></li>");
            }
            w.write("</ul>\n</article>\n");
        }

        private String number(String key, BigDecimal v) {
            return "<span class=\"k\">" + esc(l.get(key)) + "</span> <b class=\"v\">" + esc(CheckRow.plain(v)) + "</b>";
        }

        private String ref(Location at) {
            String line = l.get("html.ref.line").replace("{0}", String.valueOf(at.line()));
            return at.page() > 0 ? l.get("html.ref.page").replace("{0}", String.valueOf(at.page())) + " " + line : line;
        }
    }

    private static final String CSS = """
            :root{--err:#c62828;--err-bg:#fdecea;--warn:#a15c00;--warn-bg:#fff4d6;--info:#1f5f99;--info-bg:#e6f0fa;\
            --ok:#2e7d32;--ok-bg:#e8f5e9;--line:#d9dde3;--muted:#5f6773}
            *{box-sizing:border-box}
            body{margin:0;padding:0 24px 48px;font:14px/1.6 -apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",\
            "Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1d2329;background:#f6f7f9}
            [hidden]{display:none!important}
            h1{font-size:22px;margin:20px 0 2px}h2{font-size:17px;margin:28px 0 6px}h3{font-size:15px;margin:18px 0 8px;\
            color:#333;border-left:4px solid #8aa1b8;padding-left:8px}
            .meta,.file-meta{color:var(--muted);margin:0 0 8px}
            a{color:#1565c0}
            .filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:14px;align-items:center;\
            background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:12px 0;\
            box-shadow:0 1px 3px rgba(0,0,0,.06)}
            .filters fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center}
            .filters legend{float:left;margin-right:6px;color:var(--muted)}
            .sev{padding:2px 8px;border-radius:12px;cursor:pointer;user-select:none}
            .sev .n{font-weight:600}
            .shown{margin-left:auto;color:var(--muted)}
            table{border-collapse:collapse;background:#fff;width:100%;font-size:13px}
            th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eef1f5;position:sticky;top:0}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            tr.failed td{background:var(--err-bg)}
            .cnt-ERROR{color:var(--err);font-weight:700}.cnt-WARNING{color:var(--warn);font-weight:700}\
            .cnt-INFO{color:var(--info);font-weight:700}
            .file{background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 18px 14px;margin-top:22px}
            .error{color:var(--err);font-weight:600}.none{color:var(--ok)}
            .check{border:1px solid var(--line);border-left:5px solid #999;border-radius:4px;padding:8px 12px;margin:8px 0;\
            background:#fff}
            .check.sev-ERROR{border-left-color:var(--err)}.check.sev-WARNING{border-left-color:#e0a000}\
            .check.sev-INFO{border-left-color:var(--info)}.check.sev-PASSED{border-left-color:var(--ok);opacity:.85}
            .badge{display:inline-block;min-width:3em;text-align:center;font-size:12px;font-weight:700;border-radius:10px;\
            padding:0 8px;margin-right:4px}
            .sev-ERROR.badge,label.sev-ERROR{background:var(--err-bg);color:var(--err)}
            .sev-WARNING.badge,label.sev-WARNING{background:var(--warn-bg);color:var(--warn)}
            .sev-INFO.badge,label.sev-INFO{background:var(--info-bg);color:var(--info)}
            .sev-PASSED.badge,label.sev-PASSED{background:var(--ok-bg);color:var(--ok)}
            abbr.rule{font-family:ui-monospace,Consolas,monospace;font-size:12px;color:var(--muted);text-decoration:underline dotted;\
            cursor:help;margin-right:6px}
            .msg{font-weight:600}
            .rel{margin:4px 0;color:#333}.rel .k{color:var(--muted);font-size:12px;margin-left:8px}.rel .k:first-child{margin-left:0}
            code{font-family:ui-monospace,Consolas,monospace;font-size:12.5px;background:#f1f3f5;padding:1px 4px;\
            border-radius:3px;word-break:break-all}
            .diag{margin:4px 0;padding:4px 8px;background:#f3f6fa;border-radius:3px}.diag .k{color:var(--muted);font-size:12px}\
            .diag .cause{color:#1d3d5c;margin-right:4px}.diag[data-cause=UNKNOWN] .cause{color:var(--muted)}
            .src{list-style:none;margin:6px 0 0;padding:0}
            .src li{margin:3px 0;padding:4px 8px;background:#fafbfc;border-radius:3px}
            .ref{display:inline-block;min-width:7em;color:var(--muted);font-size:12px}
            .snippet{white-space:pre-wrap}
            mark{background:#ffe066;padding:0 1px;border-radius:2px;font-weight:600}
            .sev-ERROR mark{background:#ffc9c9}
            @media print{.filters{display:none}.file{break-inside:avoid-page}}
            """;

    private static final String SCRIPT = """
            (function(){
              var boxes=[].slice.call(document.querySelectorAll('#filters input[name=severity]'));
              var rule=document.getElementById('rule-filter');
              var count=document.getElementById('shown-count');
              var checks=[].slice.call(document.querySelectorAll('article.check'));
              function apply(){
                var on={};boxes.forEach(function(b){on[b.value]=b.checked;});
                var r=rule.value,shown=0;
                checks.forEach(function(el){
                  var show=!!on[el.getAttribute('data-severity')]&&(!r||el.getAttribute('data-rule')===r);
                  el.hidden=!show;if(show)shown++;
                });
                [].forEach.call(document.querySelectorAll('section.group'),function(g){
                  g.hidden=!g.querySelector('article.check:not([hidden])');
                });
                count.textContent=shown+' / '+checks.length;
              }
              boxes.forEach(function(b){b.addEventListener('change',apply);});
              rule.addEventListener('change',apply);
              apply();
            })();
            """;
}
