package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleRunner;
import org.auditor.model.*;
import org.auditor.report.ReportWriter;
import org.auditor.report.ReportWriters;
import org.auditor.report.RunInfo;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report writers on checks made by the real rule base: the seed report 000's 类 breakdown (E1),
 * its restated 财政拨款支出 (E2) and its balanced 收入 breakdown, located on the seed's real lines. Every
 * finding the rules produce must appear in every format written from the one run.
 */
class ReportWritersOnRealChecksTest {
    private static final String SEED = "corpus/seeds/000_df0ef339e2396859.txt";

    @Test
    void everyFormatCarriesEveryFindingOfTheRun() throws Exception {
        List<String> lines = Files.readAllLines(root().resolve(SEED), StandardCharsets.UTF_8);
        Concept fiscalSpending = new Concept("expense.total", Scope.FISCAL, Period.CURRENT);
        Quantity total = q(lines, 62, "2842.81", "一般公共服务（类）支出", null);
        List<Quantity> items = new ArrayList<>();
        int line = 65;
        for (String n : List.of("2146.85", "253.52", "152.32", "2.89", "7.5", "0.6", "14.8")) items.add(q(lines, line++, n, "项", null));
        Quantity income = q(lines, 53, "3032.83", "收入合计", null);
        List<Quantity> incomeParts = List.of(q(lines, 53, "2988.83", "财政拨款收入", null), q(lines, 53, "44", "其他收入", null));
        Quantity spent62 = q(lines, 62, "3253.16", "财政拨款支出", fiscalSpending), spent57 = q(lines, 57, "3209.16", "财政拨款支出总计", fiscalSpending);
        Report report = new Report(SEED, ReportKind.FINAL_ACCOUNTS, List.of(ReportKind.FINAL_ACCOUNTS), "益阳市人民政府办公室(本级)", 2019,
                List.of(), List.of(total, income, spent62, spent57), List.of(new Breakdown("c1", Breakdown.Basis.HIERARCHY, total, items),
                        new Breakdown("c2", Breakdown.Basis.LIST, income, incomeParts)), List.of());
        RuleBase rules = RuleBase.builtIn();
        List<Check> checks = new RuleRunner(rules).run(report);
        FileResult result = new FileResult(SEED, "ok", null, ReportKind.FINAL_ACCOUNTS, report.entity(), 2019, 0, checks);
        assertThat(result.findings()).extracting(Check::ruleId).contains("SUM-002", "XSEC-001");
        assertThat(result.passed()).extracting(Check::ruleId).contains("SUM-001");

        RunInfo run = new RunInfo("test", rules.rules(), true, "zh");
        for (ReportWriter w : ReportWriters.forFormats("json,csv,xlsx,html")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.write(List.of(result), run, out);
            byte[] bytes = out.toByteArray();
            switch (w.format()) {
                case "json" -> {
                    Map<?, ?> file = (Map<?, ?>) ((List<?>) new ObjectMapper().readValue(bytes, Map.class).get("files")).get(0);
                    assertThat((List<?>) file.get("findings")).hasSize(result.findings().size());
                }
                case "csv" -> {
                    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
                    assertThat(rows).hasSize(checks.size());
                    // passed checks carry no message: the row still names the rule and the relation
                    for (Check c : checks)
                        assertThat(rows).anyMatch(r -> r.get("规则编号").equals(c.ruleId()) && r.get("问题说明").equals(Objects.toString(c.message(), "")));
                }
                case "xlsx" -> {
                    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                        assertThat(messages(wb.getSheet("问题清单"))).containsExactlyInAnyOrderElementsOf(
                                result.findings().stream().map(c -> Objects.toString(c.message(), "")).toList());
                        assertThat(messages(wb.getSheet("已核对"))).containsExactlyInAnyOrderElementsOf(
                                result.passed().stream().map(c -> Objects.toString(c.message(), "")).toList());
                        assertThat(wb.getSheet("规则").getLastRowNum()).isEqualTo(rules.rules().size());
                        // the sheet documents each rule from its DRL metadata, like `rules show` and docs/rules.md
                        XSSFSheet sheet = wb.getSheet("规则");
                        Map<String, Integer> col = new java.util.HashMap<>();
                        sheet.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
                        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                            var row = sheet.getRow(i);
                            var info = rules.rule(row.getCell(col.get("规则编号")).getStringCellValue());
                            assertThat(row.getCell(col.get("说明")).getStringCellValue()).isNotBlank().isEqualTo(info.description());
                            assertThat(row.getCell(col.get("公式")).getStringCellValue()).isNotBlank().isEqualTo(info.doc().formula());
                        }
                    }
                }
                case "html" -> {
                    String html = new String(bytes, StandardCharsets.UTF_8);
                    for (Check c : result.findings()) assertThat(html).contains("data-rule=\"" + c.ruleId() + "\"");
                    assertThat(html.split("<article class=\"check ", -1)).hasSize(checks.size() + 1);
                }
                default -> throw new AssertionError(w.format());
            }
        }
    }

    private static List<String> messages(XSSFSheet sheet) {
        DataFormatter f = new DataFormatter();
        int col = -1;
        for (var c : sheet.getRow(0)) if (c.getStringCellValue().equals("问题说明")) col = c.getColumnIndex();
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            out.add(f.formatCellValue(row.getCell(col)));
        }
        return out;
    }

    private static Quantity q(List<String> lines, int line, String number, String label, Concept concept) {
        String text = lines.get(line - 1);
        Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)").matcher(text);
        if (!m.find()) throw new IllegalStateException(number + " not on line " + line);
        Location loc = new Location(SEED, 0, line, m.start(), number.length(), text, "", null);
        return new Quantity("q" + line + "_" + m.start(), Printed.of(number), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", label,
                concept, loc, false);
    }

    private static Path root() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("corpus/seeds"))) return p;
        throw new IllegalStateException("corpus/seeds not found");
    }
}
