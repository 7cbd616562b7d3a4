package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Quantity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    static String write(List<FileResult> results, RunInfo run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(results, run, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Document parse(List<FileResult> results, RunInfo run) throws IOException {
        return Jsoup.parse(write(results, run));
    }

    @Test
    void oneSummaryRowAndOneSectionPerFile() throws IOException {
        List<FileResult> results = Samples.results();
        Document d = parse(results, Samples.run(false, "zh"));
        assertThat(d.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(d.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        Elements rows = d.select("table#summary tbody tr");
        assertThat(rows).hasSize(results.size());
        assertThat(rows.get(0).select("td.path a").attr("href")).isEqualTo("#f1");
        assertThat(rows.get(0).select("td.path").text()).isEqualTo(Samples.SEED);
        assertThat(rows.get(1).hasClass("failed")).isTrue();
        assertThat(rows.get(0).select("td.cnt-ERROR").text()).isEqualTo("3");
        assertThat(d.select("section.file")).hasSize(results.size());
        assertThat(d.select("section.file#f2 p.error").text()).contains("zip END header not found");
        assertThat(d.select("section.file#f1 > h2 > a").attr("href")).isEqualTo(Links.fileUri(Samples.SEED));
    }

    @Test
    void everyFindingWithBadgeRuleTooltipMessageRelationAndMarkedNumbers() throws IOException {
        List<FileResult> results = Samples.results();
        Document d = parse(results, Samples.run(false, "zh"));
        Elements articles = d.select("article.check");
        assertThat(articles).hasSize((int) results.stream().mapToLong(r -> r.findings().size()).sum());
        for (int f = 0; f < results.size(); f++) {
            for (Check c : results.get(f).findings()) {
                Elements mine = d.select("section.file#f" + (f + 1) + " article.check[data-rule=" + c.ruleId() + "]");
                assertThat(mine).as(c.ruleId()).hasSize(1);
                Element a = mine.first();
                assertThat(a.attr("data-severity")).isEqualTo(c.severity().name());
                assertThat(a.select(".badge").hasClass("sev-" + c.severity().name())).isTrue();
                assertThat(a.select(".msg").text()).isEqualTo(c.message().replace('\n', ' ').replaceAll("\\s+", " "));
                assertThat(a.select("abbr.rule").attr("title"))
                        .isEqualTo(Samples.rules().stream().filter(r -> r.id().equals(c.ruleId())).findFirst().orElseThrow().description());
                if (c.relation() != null) assertThat(a.select(".rel code").text()).isEqualTo(c.relation());
                // every involved number is marked, with the digits as printed in the source line
                assertThat(a.select("mark").eachText().stream().map(t -> t.replace(",", "")).toList())
                        .containsExactlyInAnyOrderElementsOf(c.involved().stream().map(Quantity::text).toList());
            }
        }
    }

    @Test
    void findingsAreGroupedBySectionInDocumentOrder() throws IOException {
        Document d = parse(List.of(Samples.seedResult()), Samples.run(false, "zh"));
        assertThat(d.select("section.group > h3").eachText())
                .containsExactly(Samples.S_STRUCTURE, Samples.S_DETAIL, "九、预算绩效情况说明");
        Element structure = d.select("section.group").first();
        assertThat(structure.select("article.check").eachAttr("data-rule")).containsExactly("XSEC-001", "SUM-002", "SHARE-002");
        Element e1 = structure.select("article.check[data-rule=SUM-002]").first();
        assertThat(e1.select(".src .ref").eachText()).containsExactly("第62行", "第65行", "第66行", "第67行", "第68行", "第69行", "第70行", "第71行");
        assertThat(e1.select(".rel b.v").eachText()).containsExactly("2578.48", "264.33");
    }

    @Test
    void escapesEverythingFromTheInput() throws IOException {
        String html = write(List.of(Samples.hostilePdf()), Samples.run(false, "zh"));
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).hasSize(1); // ours
        assertThat(d.select("b")).allSatisfy(b -> assertThat(b.hasClass("v") || b.hasClass("cause") || b.id().equals("shown-count")).isTrue());
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        Element a = d.select("article.check").first();
        assertThat(a.select(".msg").first().wholeText()).isEqualTo(Samples.HOSTILE_MESSAGE);
        assertThat(d.select("section.group > h3").text()).isEqualTo("一、<b>概况</b> & 说明");
        assertThat(d.select("section.file > h2").text()).isEqualTo("reports/预算 & <公开>, \"2025\".pdf");
        assertThat(a.select(".src .ref").eachText()).containsExactly("第3页 第12行", "第4页 第2行");
        assertThat(a.select("mark").eachText()).containsExactly("1,234.50", "-12.30");
        assertThat(a.select("p.diag").first().wholeText()).contains(Samples.HOSTILE_MESSAGE);
        assertThat(a.select("p.diag b.v").text()).isEqualTo("=1234.50<元>");
    }

    @Test
    void everyFindingShowsItsLikelyCause() throws IOException {
        Document d = Jsoup.parse(write(List.of(Samples.seedResult()), Samples.run(true, "zh")));
        Element xsec = d.select("article.check[data-rule=XSEC-001]").first();
        assertThat(xsec.select("p.diag").attr("data-cause")).isEqualTo("MISSING_ITEM");
        assertThat(xsec.select("p.diag b.cause").text()).isEqualTo("漏列项目");
        assertThat(xsec.select("p.diag").text()).contains("恰为其他收入 44万元（第53行）").contains("疑应为 44万元");
        Element sum = d.select("article.check[data-rule=SUM-002]").first();
        assertThat(sum.select("p.diag b.cause").text()).isEqualTo("原因不明");
        assertThat(sum.select("p.diag b.v")).isEmpty();
        // passed checks without a note have none
        assertThat(d.select("article.check.sev-PASSED p.diag")).isEmpty();
        Document en = Jsoup.parse(write(List.of(Samples.seedResult()), Samples.run(false, "en")));
        assertThat(en.select("article.check[data-rule=XSEC-001] p.diag").text()).startsWith("likely cause Missing item");
    }

    @Test
    void isSelfContained() throws IOException {
        Document d = parse(Samples.results(), Samples.run(true, "zh"));
        assertThat(d.select("link, img, iframe, script[src], [style*=url(]")).isEmpty();
        assertThat(d.select("style").html()).doesNotContain("@import", "url(");
        assertThat(d.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).matches("#f\\d+|file:/.*"));
    }

    @Test
    void filtersOfferTheSeveritiesAndTheRulesPresent() throws IOException {
        Document d = parse(Samples.results(), Samples.run(false, "zh"));
        assertThat(d.select("#filters input[name=severity]").eachAttr("value")).containsExactly("ERROR", "WARNING", "INFO");
        assertThat(d.select("#filters label.sev-ERROR .n").text()).isEqualTo("4");
        assertThat(d.select("#rule-filter option").eachAttr("value"))
                .containsExactly("", "RATE-002", "SHARE-001", "SHARE-002", "SUM-002", "UNIT-001", "XSEC-001");
        assertThat(d.select("#rule-filter option[value=SUM-002]").attr("title")).startsWith("A 功能分类 类 total");

        Document withPassed = parse(Samples.results(), Samples.run(true, "zh"));
        assertThat(withPassed.select("#filters input[name=severity]").eachAttr("value")).contains("PASSED");
        assertThat(withPassed.select("article.check[data-severity=PASSED]")).hasSize(2);
        assertThat(withPassed.select("#rule-filter option").eachAttr("value")).contains("YOY-002");
    }

    @Test
    void linksTheAnnotatedPdfWhenOneExists(@TempDir Path dir) throws IOException {
        FileResult hostile = Samples.hostilePdf();
        Path copy = PdfAnnotator.annotatedPath(dir, hostile.path());
        Files.writeString(copy, "%PDF-1.7 stand-in");
        Document d = parse(Samples.results(), Samples.run(false, "zh").withAnnotateDir(dir));
        assertThat(d.select("section.file#f3 a.annotated").attr("href")).isEqualTo(copy.toUri().toASCIIString());
        assertThat(d.select("section.file#f1 a.annotated")).isEmpty();
        assertThat(d.select("table#summary thead th").last().text()).isEqualTo("批注PDF");
        assertThat(d.select("table#summary tbody tr").get(2).select("td").last().select("a").attr("href"))
                .isEqualTo(copy.toUri().toASCIIString());
        assertThat(parse(Samples.results(), Samples.run(false, "zh")).select("a.annotated")).isEmpty();
    }

    @Test
    void englishPage() throws IOException {
        Document d = parse(Samples.results(), Samples.run(false, "en"));
        assertThat(d.select("html").attr("lang")).isEqualTo("en");
        assertThat(d.title()).isEqualTo("Audit report");
        assertThat(d.select("table#summary thead th").eachText()).startsWith("Path", "Entity", "Year");
        assertThat(d.select("article.check .badge").eachText()).contains("Error", "Warning", "Info");
        assertThat(d.select("section.file#f3 .src .ref").first().text()).isEqualTo("p.3 l.12");
    }

    @Test
    void aFileWithoutFindingsSaysSo() throws IOException {
        FileResult seed = Samples.seedResult();
        FileResult clean = new FileResult(seed.path(), "ok", null, seed.kind(), seed.entity(), seed.year(), 0, seed.passed());
        Document d = parse(List.of(clean), Samples.run(false, "zh"));
        assertThat(d.select("section.file p.none").text()).isEqualTo("未发现问题");
        assertThat(d.select("article.check")).isEmpty();
    }
}
