package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs in the programs people open them with: the workbook in LibreOffice, the HTML page's
 * filters in headless Chromium. Skipped where those programs are not installed (see .ci/apt-packages).
 */
class ExternalViewersTest {
    @TempDir Path dir;

    @Test
    void libreOfficeOpensTheWorkbook() throws Exception {
        assumeTrue(onPath("soffice") && onPath("pdftotext"), "soffice or pdftotext not installed");
        Path xlsx = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new XlsxReportWriter().write(Samples.results(), Samples.run(true, "zh"), out);
        }
        Run lo = run(120, "soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString());
        assertThat(lo.exit()).as(lo.output()).isZero();
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).exists();
        Run text = run(60, "pdftotext", "-layout", pdf.toString(), "-");
        String t = text.output().replaceAll("\\s+", "");
        assertThat(t).contains("SUM-002", "XSEC-001", "UNIT-001", "2578.48", "264.33", "益阳市人民政府办公室(本级)", "问题说明", "已审核");
    }

    @Test
    void chromiumRunsTheFilters() throws Exception {
        String browser = onPath("chromium") ? "chromium" : onPath("chromium-browser") ? "chromium-browser" : null;
        assumeTrue(browser != null, "chromium not installed");
        String html = HtmlReportWriterTest.write(Samples.results(), Samples.run(true, "zh"));

        Document all = dom(browser, html, "");
        assertThat(all.select("#shown-count").text()).isEqualTo("8 / 8");
        assertThat(all.select("article.check[hidden]")).isEmpty();

        // untick ERROR: the six other checks stay, the groups left empty disappear
        Document noErrors = dom(browser, html, "var b=document.querySelector('#filters input[value=ERROR]');b.checked=false;"
                + "b.dispatchEvent(new Event('change'));");
        assertThat(noErrors.select("article.check[hidden]").eachAttr("data-severity")).containsOnly("ERROR").hasSize(4);
        assertThat(noErrors.select("article.check:not([hidden])").eachAttr("data-severity")).doesNotContain("ERROR").hasSize(4);
        assertThat(noErrors.select("#shown-count").text()).isEqualTo("4 / 8");
        assertThat(noErrors.select("section.group[hidden] h3").eachText()).contains("九、预算绩效情况说明");

        Document oneRule = dom(browser, html, "var s=document.getElementById('rule-filter');s.value='SHARE-001';"
                + "s.dispatchEvent(new Event('change'));");
        assertThat(oneRule.select("article.check:not([hidden])").eachAttr("data-rule")).containsOnly("SHARE-001").hasSize(2);
    }

    /** The DOM after load, with {@code script} run after the page's own. */
    private Document dom(String browser, String html, String script) throws Exception {
        Path page = dir.resolve("page-" + Integer.toHexString(script.hashCode()) + ".html");
        Files.writeString(page, html.replace("</body>", "<script>" + script + "</script></body>"), StandardCharsets.UTF_8);
        Run r = run(90, browser, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + dir.resolve("chrome"),
                "--dump-dom", page.toUri().toString());
        assertThat(r.exit()).as(r.output()).isZero();
        return Jsoup.parse(r.stdout());
    }

    record Run(int exit, String stdout, String output) {}

    private static Run run(int timeoutSeconds, String... cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("viewer", ".out"), err = Files.createTempFile("viewer", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " timed out");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            return new Run(p.exitValue(), stdout, stdout + Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        List<Path> dirs = new ArrayList<>();
        for (String d : path.split(java.io.File.pathSeparator)) if (!d.isBlank()) dirs.add(Path.of(d));
        return dirs.stream().anyMatch(d -> Files.isExecutable(d.resolve(exe)));
    }
}
