package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditor.engine.Baseline;
import org.auditor.engine.RuleInfo;
import org.auditor.engine.Settings;
import org.auditor.model.FileResult;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Severity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The effective configuration, user rules and suppressed known findings are echoed in every output. */
class RunEchoTest {
    static final Settings CONFIG = new Settings(Path.of("reports/auditor.yaml"), Set.of("SCORE"), Set.of(), Map.of("SHARE-002", Severity.ERROR),
            Map.of("SHARE", new BigDecimal("0.01")), MoneyUnit.YUAN);
    static final Settings OTHER = new Settings(Path.of("reports/city/auditor.yaml"), Set.of(), Set.of(), Map.of(), Map.of(), MoneyUnit.WAN_YUAN);

    static List<FileResult> results = Samples.results();
    static String seed = results.get(0).path(), pdf = results.get(2).path();

    static RunInfo run(String lang) {
        List<RuleInfo> rules = new java.util.ArrayList<>(Samples.rules());
        rules.add(new RuleInfo("PROV-001", "PROV", Severity.WARNING, "机关运行经费 = 公用经费", "rules/prov.drl", false, null));
        return new RunInfo("0.1.0-test", rules, false, lang).withSettings(CONFIG, Map.of(pdf, OTHER))
                .withSuppressed(new Baseline.Suppressed(Path.of("accepted.yaml"), Map.of(seed, 3)));
    }

    static String write(ReportWriter w, RunInfo run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(results, run, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void json() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(new JsonReportWriter(), run("zh")));
        JsonNode config = root.get("config");
        assertThat(config.get("source").asText()).isEqualTo("reports/auditor.yaml");
        assertThat(config.get("disable").toString()).isEqualTo("[\"SCORE\"]");
        assertThat(config.get("severity").get("SHARE-002").asText()).isEqualTo("ERROR");
        assertThat(config.get("tolerance").get("SHARE").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(config.get("defaultUnit").asText()).isEqualTo("元");
        assertThat(config.get("userRules").get(0).get("id").asText()).isEqualTo("PROV-001");
        assertThat(config.get("userRules").get(0).get("file").asText()).isEqualTo("rules/prov.drl");
        assertThat(root.get("baseline").get("file").asText()).isEqualTo("accepted.yaml");
        assertThat(root.get("baseline").get("suppressed").asInt()).isEqualTo(3);
        assertThat(root.get("files").get(0).get("suppressed").asInt()).isEqualTo(3);
        assertThat(root.get("files").get(0).has("config")).isFalse();
        assertThat(root.get("files").get(2).get("config").get("source").asText()).isEqualTo("reports/city/auditor.yaml");
        // without a baseline the keys are absent; the config is always there
        JsonNode plain = new ObjectMapper().readTree(write(new JsonReportWriter(), Samples.run(false, "zh")));
        assertThat(plain.has("baseline")).isFalse();
        assertThat(plain.get("files").get(0).has("suppressed")).isFalse();
        assertThat(plain.get("config").get("source").isNull()).isTrue();
        assertThat(plain.get("config").get("defaultUnit").asText()).isEqualTo("万元");
    }

    @Test
    void console() throws IOException {
        String out = write(new ConsoleReportWriter(), run("zh"));
        assertThat(out.lines().findFirst().orElseThrow())
                .isEqualTo("配置：reports/auditor.yaml；停用 SCORE；严重程度调整 SHARE-002=ERROR；容差 SHARE=0.01；默认金额单位 元");
        assertThat(out).contains("自定义规则 PROV-001 (rules/prov.drl)")
                .contains("另有 3 个已知问题按基线隐藏")
                .contains("配置：reports/city/auditor.yaml；默认金额单位 万元")
                .contains("按基线隐藏的已知问题: 3 (accepted.yaml)");
        assertThat(write(new ConsoleReportWriter(), Samples.run(false, "zh")).lines().findFirst().orElseThrow())
                .isEqualTo("配置：默认配置（未找到 auditor.yaml）；默认金额单位 万元");
    }

    @Test
    void html() throws IOException {
        var doc = Jsoup.parse(write(new HtmlReportWriter(), run("en")));
        assertThat(doc.select("header p.config").eachText()).containsExactly(
                "configuration: reports/auditor.yaml; disabled SCORE; severity SHARE-002=ERROR; tolerance SHARE=0.01; default currency unit 元",
                "user rules PROV-001 (rules/prov.drl)",
                "known findings suppressed by the baseline: 3 (accepted.yaml)");
        assertThat(doc.select("section.file#f1 p.file-meta").text()).contains("3 known findings suppressed by the baseline");
        assertThat(doc.select("section.file#f3 p.file-meta").text()).contains("configuration: reports/city/auditor.yaml");
    }

    @Test
    void xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(results, run("zh"), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Map<String, String> rows = new java.util.LinkedHashMap<>();
            XlsxReportWriterTest.rows(wb.getSheet("配置")).forEach(r -> rows.put(XlsxReportWriterTest.text(r.get("项目")), XlsxReportWriterTest.text(r.get("值"))));
            assertThat(rows).containsEntry("工具版本", "auditor 0.1.0-test").containsEntry("配置文件", "reports/auditor.yaml")
                    .containsEntry("停用", "SCORE").containsEntry("容差", "SHARE=0.01").containsEntry("默认金额单位", "元")
                    .containsEntry("自定义规则", "PROV-001 (rules/prov.drl)").containsEntry("基线文件", "accepted.yaml")
                    .containsEntry("按基线隐藏的已知问题", "3")
                    .containsEntry("本文件配置 " + pdf, "配置：reports/city/auditor.yaml；默认金额单位 万元");
        }
    }
}
