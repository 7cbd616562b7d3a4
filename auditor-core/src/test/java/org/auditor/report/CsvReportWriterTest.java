package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    private static byte[] write(List<FileResult> results, RunInfo run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(results, run, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void startsWithBomAndEndsRowsWithCrLf() throws IOException {
        byte[] bytes = write(Samples.results(), Samples.run(false, "zh"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1)).startsWith("文件,页码,行号,章节,规则编号,严重程度,问题说明,核对关系,涉及数值,应为,差额,可能原因,原因分析,疑应为,原文,全部位置\r\n");
    }

    @Test
    void oneRowPerFindingWithItsValuesAndOneForTheUnreadableFile() throws IOException {
        List<FileResult> results = Samples.results();
        List<CSVRecord> rows = parse(write(results, Samples.run(false, "zh")));
        long findings = results.stream().mapToLong(r -> r.findings().size()).sum();
        assertThat(rows).hasSize((int) findings + 1);
        for (FileResult r : results)
            for (Check c : r.findings())
                assertThat(rows).filteredOn(row -> row.get("文件").equals(r.path()) && row.get("规则编号").equals(c.ruleId())
                        && row.get("问题说明").equals(c.message())).as(c.ruleId() + " of " + r.path()).hasSize(1);

        CSVRecord e1 = rows.stream().filter(r -> r.get("规则编号").equals("SUM-002")).findFirst().orElseThrow();
        assertThat(e1.get("行号")).isEqualTo("62");
        assertThat(e1.get("页码")).isEmpty(); // a text file has no pages
        assertThat(e1.get("严重程度")).isEqualTo("错误");
        assertThat(e1.get("应为")).isEqualTo("2578.48");
        assertThat(e1.get("差额")).isEqualTo("264.33");
        assertThat(e1.get("涉及数值")).isEqualTo("2842.81; 2146.85; 253.52; 152.32; 2.89; 7.5; 0.6; 14.8");
        assertThat(e1.get("章节")).isEqualTo(Samples.S_STRUCTURE);
        assertThat(e1.get("原文")).contains("一般公共服务（类）支出2842.81 万元");
        assertThat(e1.get("全部位置")).isEqualTo("l.62; l.65; l.66; l.67; l.68; l.69; l.70; l.71");

        CSVRecord broken = rows.stream().filter(r -> r.get("文件").equals(Samples.unreadable().path())).findFirst().orElseThrow();
        assertThat(broken.get("问题说明")).isEqualTo("cannot read file: zip END header not found");
        assertThat(broken.get("规则编号")).isEmpty();
    }

    @Test
    void findingsComeInDocumentOrder() throws IOException {
        List<CSVRecord> rows = parse(write(List.of(Samples.seedResult()), Samples.run(false, "zh")));
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("行号"))).isSorted();
    }

    @Test
    void quotingSurvivesCommasQuotesAndNewlinesAndFormulasAreDefused() throws IOException {
        List<CSVRecord> rows = parse(write(List.of(Samples.hostilePdf()), Samples.run(false, "zh")));
        assertThat(rows).hasSize(1);
        CSVRecord r = rows.get(0);
        assertThat(r.get("文件")).isEqualTo("reports/预算 & <公开>, \"2025\".pdf");
        assertThat(r.get("问题说明")).isEqualTo(Samples.HOSTILE_MESSAGE);
        assertThat(r.get("原文")).isEqualTo("'" + Samples.HOSTILE_SNIPPET); // Excel would run it as a formula
        assertThat(r.get("疑应为")).isEqualTo("'=1234.50<元>"); // so would the value meant
        assertThat(r.get("页码")).isEqualTo("3");
        assertThat(r.get("应为")).isEqualTo("1222.2");
        assertThat(r.get("差额")).isEqualTo("-10"); // a negative number stays a number
        assertThat(r.get("涉及数值")).isEqualTo("1234.50; -12.30");
    }

    @Test
    void passedChecksGetTheirOwnRowsAndAResultColumnWhenWanted() throws IOException {
        FileResult seed = Samples.seedResult();
        List<CSVRecord> rows = parse(write(List.of(seed), Samples.run(true, "zh")));
        assertThat(rows).hasSize(seed.checks().size());
        assertThat(rows).filteredOn(r -> r.get("核对结果").equals("通过")).hasSize(seed.passed().size())
                .allSatisfy(r -> assertThat(r.get("严重程度")).isEmpty());
        assertThat(rows).filteredOn(r -> r.get("核对结果").equals("未通过")).hasSize(seed.findings().size());
        assertThat(parse(write(List.of(seed), Samples.run(false, "zh"))).get(0).isMapped("核对结果")).isFalse();
    }

    @Test
    void englishHeadersAndSeverities() throws IOException {
        List<CSVRecord> rows = parse(write(List.of(Samples.seedResult()), Samples.run(false, "en")));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("File", "Page", "Line", "Section", "Rule",
                "Severity", "Message", "Relation", "Stated values", "Expected", "Difference", "Likely cause", "Diagnosis", "Probably meant",
                "Source text", "All locations");
        assertThat(rows).extracting(r -> r.get("Severity")).contains("Error", "Warning", "Info");
    }

    @Test
    void aFindingCarriesItsLikelyCauseAndTheValueMeant() throws IOException {
        CSVRecord xsec = parse(write(List.of(Samples.seedResult()), Samples.run(false, "zh"))).stream()
                .filter(r -> r.get("规则编号").equals("XSEC-001")).findFirst().orElseThrow();
        assertThat(xsec.get("可能原因")).isEqualTo("漏列项目");
        assertThat(xsec.get("原因分析")).contains("其他收入 44万元（第53行）");
        assertThat(xsec.get("疑应为")).isEqualTo("44万元");
        CSVRecord sum = parse(write(List.of(Samples.seedResult()), Samples.run(false, "en"))).stream()
                .filter(r -> r.get("Rule").equals("SUM-002")).findFirst().orElseThrow();
        assertThat(sum.get("Likely cause")).isEqualTo("Cause unknown");
        assertThat(sum.get("Probably meant")).isEmpty();
    }

    @Test
    void writesNothingButTheHeaderForNoResults() throws IOException {
        assertThat(parse(write(List.of(), Samples.run(false, "zh")))).isEmpty();
    }
}
