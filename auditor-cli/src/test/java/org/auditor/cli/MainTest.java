package org.auditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command as a user runs it: exit codes, output formats, error rows. */
class MainTest {
    static final Path SEEDS = Path.of("").toAbsolutePath().getParent().resolve("corpus/seeds");
    static final Path SEED_001 = SEEDS.resolve("001_954e3ea0abc2fe0e.txt");

    record Run(int exit, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void exitCodeOneWhenAFindingReachesTheThreshold() {
        Run r = run("scan", SEED_001.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("SHARE-001").contains("1305.63").contains("l.127");
        assertThat(r.out()).contains("可能原因：[基数错误]").contains("可能原因：[原因不明] 原因不明");
        assertThat(run("scan", "--fail-on", "never", SEED_001.toString()).exit()).isZero();
    }

    @Test
    void exitCodeZeroForACleanReportAndTwoForUsageErrors(@TempDir Path dir) throws Exception {
        Path clean = Files.writeString(dir.resolve("clean.txt"), "2019年度收入合计3032.83万元，其中：财政拨款收入2988.83万元，占98.55%；其他收入44万元，占1.45%。");
        assertThat(run("scan", clean.toString()).exit()).isZero();
        assertThat(run("scan", "--format", "yaml", clean.toString()).exit()).isEqualTo(2);
        assertThat(run("scan", dir.resolve("missing.txt").toString()).exit()).isEqualTo(2);
        assertThat(run("scan").exit()).isEqualTo(2);
    }

    @Test
    void jsonFollowsTheContract(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.json");
        assertThat(run("scan", "--format", "json", "--include-passed", "--output", out.toString(), SEED_001.toString()).exit()).isEqualTo(1);
        JsonNode file = new ObjectMapper().readTree(out.toFile()).get("files").get(0);
        assertThat(file.get("status").asText()).isEqualTo("ok");
        assertThat(file.get("year").asInt()).isEqualTo(2021);
        assertThat(file.get("entity").asText()).isEqualTo("益阳市赫山区人民政府办公室");
        assertThat(file.get("checks").asInt()).isEqualTo(file.get("findings").size() + file.get("passed").size());
        JsonNode share = null;
        for (JsonNode f : file.get("findings")) if (f.get("ruleId").asText().equals("SHARE-001")) share = f;
        assertThat(share).isNotNull();
        assertThat(share.get("severity").asText()).isEqualTo("ERROR");
        assertThat(share.get("statedValues").toString()).contains("\"1305.63\"", "\"1344.01\"", "\"100\"");
        assertThat(share.get("expected").decimalValue()).isEqualByComparingTo("97.14");
        assertThat(share.get("locations").get(0).get("line").asInt()).isEqualTo(127);
        assertThat(share.get("locations").get(0).get("snippet").asText()).contains("占本年支出合计的100%");
        assertThat(share.get("message").asText()).contains("97.14%");
        // 100% is what 1305.63 is of 1305.63 (printed again on line 131), not of 1344.01
        JsonNode diagnosis = share.get("diagnosis");
        assertThat(diagnosis.get("kind").asText()).isEqualTo("WRONG_BASE");
        assertThat(diagnosis.get("correctedValue").asText()).isEqualTo("1305.63万元");
        assertThat(diagnosis.get("explanation").asText()).contains("基数");
        assertThat(diagnosis.get("evidence").get(1).get("value").asText()).isEqualTo("1305.63万元");
        assertThat(diagnosis.get("evidence").get(1).get("line").asInt()).isEqualTo(131);
        for (JsonNode f : file.get("findings")) assertThat(f.get("diagnosis").get("kind").asText()).isNotBlank();
        for (JsonNode p : file.get("passed"))
            assertThat(p.get("diagnosis") == null || p.get("diagnosis").get("kind").asText().equals("ROUNDING")).isTrue();
    }

    @Test
    void csvHasABomAndOneRowPerFinding(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.csv");
        run("scan", "--format", "csv", "--output", out.toString(), SEED_001.toString());
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("SHARE-001").contains("1305.63");
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorRowAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Files.copy(SEED_001, dir.resolve("good.txt"));
        Files.writeString(dir.resolve("bad.pdf"), "this is not a PDF");
        Files.createFile(dir.resolve("empty.txt"));
        Path out = dir.resolve("r.json");
        run("scan", "--format", "json", "--output", out.toString(), dir.toString());
        JsonNode files = new ObjectMapper().readTree(out.toFile()).get("files");
        assertThat(files).hasSize(3);
        assertThat(files.findValuesAsText("status")).containsExactly("error", "error", "ok");
        assertThat(files.get(1).get("error").asText()).contains("empty");
    }

    @Test
    void severalFormatsFromOneRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");
        Run r = run("scan", "--format", "xlsx,html,json,csv", "--output", out.toString(), SEED_001.toString());
        assertThat(r.exit()).isEqualTo(1);
        for (String ext : new String[] {"xlsx", "html", "json", "csv"}) assertThat(out.resolve("auditor-report." + ext)).isNotEmptyFile();
        assertThat(r.out()).contains("SHARE-001"); // the console summary still shows
        // the workbook holds every finding of the JSON output
        JsonNode json = new ObjectMapper().readTree(out.resolve("auditor-report.json").toFile());
        java.util.List<String> fromJson = new java.util.ArrayList<>();
        for (JsonNode f : json.get("files")) for (JsonNode c : f.get("findings")) fromJson.add(c.get("ruleId").asText() + " " + c.get("message").asText());
        java.util.List<String> fromXlsx = new java.util.ArrayList<>();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.resolve("auditor-report.xlsx").toFile())) {
            var sheet = wb.getSheet("问题清单");
            var header = sheet.getRow(0);
            int rule = -1, message = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().equals("规则编号")) rule = cell.getColumnIndex();
                if (cell.getStringCellValue().equals("问题说明")) message = cell.getColumnIndex();
            }
            assertThat(rule).as("rule column in %s", header).isNotNegative();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                fromXlsx.add(row.getCell(rule).getStringCellValue() + " " + row.getCell(message).getStringCellValue());
            }
        }
        assertThat(fromXlsx).containsExactlyInAnyOrderElementsOf(fromJson);
        assertThat(run("scan", "--format", "xlsx", SEED_001.toString()).exit()).isEqualTo(2); // a workbook needs --output
    }

    @Test
    void extractPrintsTheModel() throws Exception {
        Run r = run("extract", SEED_001.toString());
        assertThat(r.exit()).isZero();
        JsonNode model = new ObjectMapper().readTree(r.out());
        assertThat(model.get("quantities").size()).isGreaterThan(100);
        assertThat(model.get("claims").size()).isGreaterThan(20);
        assertThat(model.get("quantities").get(0).get("location").get("line").asInt()).isPositive();
    }

    @Test
    void extractReadsAmountsInTheConfiguredDefaultUnit(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("r.txt"), "2021年度收入合计5000元，其中：财政拨款收入3000，占60%；其他收入2000元，占40%。");
        JsonNode wan = new ObjectMapper().readTree(run("extract", report.toString()).out());
        // 3000 is printed without a unit: 万元 by default, which is why scan calls it a unit slip
        assertThat(amountUnits(wan)).containsExactly("YUAN", "WAN_YUAN", "YUAN");
        // the nearest auditor.yaml applies, as for scan, and --config names one explicitly
        Files.writeString(dir.resolve("auditor.yaml"), "defaultUnit: 元\n");
        JsonNode yuan = new ObjectMapper().readTree(run("extract", report.toString()).out());
        assertThat(amountUnits(yuan)).containsExactly("YUAN", "YUAN", "YUAN");
        Path other = Files.writeString(dir.resolve("other.yaml"), "defaultUnit: 亿元\n");
        JsonNode yi = new ObjectMapper().readTree(run("extract", "--config", other.toString(), report.toString()).out());
        assertThat(amountUnits(yi)).containsExactly("YUAN", "YI_YUAN", "YUAN");
    }

    private static java.util.List<String> amountUnits(JsonNode model) {
        java.util.List<String> units = new java.util.ArrayList<>();
        model.get("quantities").forEach(q -> { if (q.get("kind").asText().equals("AMOUNT")) units.add(q.get("unit").asText()); });
        return units;
    }

    @Test
    void rulesListsEveryRule() {
        Run r = run("rules");
        assertThat(r.out()).contains("SUM-001", "SUM-002", "SHARE-001", "SHARE-002", "YOY-001", "YOY-002", "YOY-003", "RATE-001", "RATE-002",
                "RATE-003", "XSEC-001", "UNIT-001", "SCORE-001");
    }

    @Test
    void rulesShowPrintsOneRulesDocumentation() {
        Run r = run("rules", "show", "SHARE-001");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("SHARE-001  family SHARE, severity ERROR, built-in (org/auditor/rules/share.drl)")
                .contains("Formula\n  share % = part / base × 100").contains("Rounding\n").contains("Triggered by\n  2021年度支出合计1344.01万元")
                .contains("Not triggered by\n");
        Run unknown = run("rules", "show", "SUM-999");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no rule SUM-999").contains("SUM-001");
        assertThat(run("rules", "--markdown").out()).startsWith("# Rule reference\n").contains("## YOY-003");
    }

    @Test
    void userRulesJoinTheScanAndTheListing() throws Exception {
        Path userRules = SEEDS.getParent().getParent().resolve("docs/user-rules");
        Path seed004 = SEEDS.resolve("004_c24299cd82a026c1.txt");
        Run scan = run("scan", "--rules", userRules.toString(), "--fail-on", "never", seed004.toString());
        assertThat(scan.exit()).isZero();
        assertThat(scan.out()).contains("PROV-001").contains("18.71万元").contains("自定义规则 PROV-001 (" + userRules.resolve("operating-cost.drl") + ")");
        assertThat(run("rules", "--rules", userRules.toString()).out()).contains("PROV-001   PROV   WARNING  机关运行经费 must equal 公用经费");
        assertThat(run("rules", "--rules", userRules.toString(), "show", "PROV-001").out()).contains("user rule (");
    }

    @Test
    void aBrokenUserRuleStopsTheRunBeforeAnyDocumentIsRead(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path drl = Files.writeString(rules.resolve("broken.drl"), "package x;\nrule \"X-1\"\nwhen\n    Quantity( ocr != true\nthen\nend\n");
        // line 5 is "then", met while the condition opened on line 4 is still unclosed
        // the scanned path does not exist: had anything been read first, that would be the error
        Run r = run("scan", "--rules", rules.toString(), dir.resolve("no-such-folder").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(drl + ":5:").doesNotContain("no-such-folder");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theScannedFoldersConfigurationAppliesAndIsEchoed(@TempDir Path dir) throws Exception {
        // 001's only ERROR is SHARE-001 (1305.63/1344.01 = 97.14% stated as 100%): as a warning the run is clean
        Files.copy(SEED_001, dir.resolve("001.txt"));
        Files.writeString(dir.resolve("auditor.yaml"), "severity: {SHARE-001: WARNING}\n");
        Path out = dir.resolve("r.json");
        Run r = run("scan", "--format", "json", "--output", out.toString(), dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("配置：").contains("auditor.yaml").contains("SHARE-001=WARNING");
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.get("config").get("source").asText()).endsWith("auditor.yaml");
        assertThat(root.get("config").get("severity").get("SHARE-001").asText()).isEqualTo("WARNING");
        // --config wins over the folder's file; a key naming no rule is refused before anything is read
        Path strict = Files.writeString(dir.resolve("strict.yaml"), "severity: {SHARE: ERROR}\n");
        assertThat(run("scan", "--config", strict.toString(), dir.toString()).exit()).isEqualTo(1);
        assertThat(run("rules", "--config", strict.toString()).out()).contains("SHARE-002  SHARE  ERROR ");
        assertThat(run("rules", "--config", Files.writeString(dir.resolve("off.yaml"), "disable: [SCORE]\n").toString()).out())
                .contains("SCORE-001  SCORE  ERROR    A score stated with its deductions (扣分明细) must equal the full mark minus the deductions  [disabled by ");
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "disable: [SHAER]\n");
        Run bad = run("scan", "--config", typo.toString(), dir.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(typo + ": no rule or family disable: SHAER");
    }

    @Test
    void aBaselineLeavesOnlyNewFindings(@TempDir Path dir) throws Exception {
        Path report = Files.copy(SEED_001, dir.resolve("001.txt"));
        Path baseline = dir.resolve("accepted.yaml");
        Run first = run("scan", "--write-baseline", baseline.toString(), report.toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(Files.readString(baseline)).contains("rule: SHARE-001").contains("sha256: ");
        Path out = dir.resolve("r.json");
        Run again = run("scan", "--baseline", baseline.toString(), "--format", "json", "--output", out.toString(), report.toString());
        assertThat(again.exit()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        int known = root.get("baseline").get("suppressed").asInt();
        assertThat(known).isPositive().isEqualTo(root.get("files").get(0).get("suppressed").asInt());
        assertThat(root.get("files").get(0).get("findings")).isEmpty();
        assertThat(again.out()).contains("另有 " + known + " 个已知问题按基线隐藏");
        // the report is edited: the accepted findings are shown again
        Files.writeString(report, Files.readString(report) + "\n附：修订说明。\n");
        assertThat(run("scan", "--baseline", baseline.toString(), report.toString()).exit()).isEqualTo(1);
    }
}
