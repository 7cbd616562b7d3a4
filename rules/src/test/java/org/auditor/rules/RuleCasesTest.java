package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.engine.Settings;
import org.auditor.extract.TextExtractor;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One annotated input per rule family (src/test/resources/cases/FAMILY.txt), in the manner of Checkstyle
 * and PMD: the file's "# expect: RULE@LINE [SEVERITY]" lines list every finding of that family it must
 * produce (ERROR unless a severity is given); each rule of the family must have evaluated a relation there,
 * and relations that hold are checked too (UNIT-001 only speaks when it explains a broken sum).
 */
class RuleCasesTest {
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+)@(\\d+)(?: (ERROR|WARNING|INFO))?$");
    static Auditor auditor;
    static RuleBase ruleBase;

    @BeforeAll
    static void build() {
        ruleBase = RuleBase.builtIn();
        auditor = Auditor.standard(ruleBase);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SUM", "SHARE", "YOY", "RATE", "XSEC", "UNIT", "SCORE", "TAB"})
    void familyProducesExactlyTheAnnotatedFindings(String family) throws IOException {
        String text = resource("cases/" + family + ".txt");
        Set<String> expected = new TreeSet<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) expected.add(m.group(1) + "@" + m.group(2) + " " + (m.group(3) == null ? "ERROR" : m.group(3)));
            lines.add(line.startsWith("#") ? "" : line); // comments become blank lines: numbering stays
        }
        FileResult r = auditor.audit(TextExtractor.fromText(family + ".txt", "text", String.join("\n", lines), List.of()));
        Set<String> actual = new TreeSet<>();
        for (Check c : r.findings()) {
            if (!c.family().equals(family) || c.severity() == Severity.INFO) continue;
            actual.add(c.ruleId() + "@" + c.locations().get(0).line() + " " + c.severity());
        }
        assertThat(actual).as("findings of %s: %s", family, r.findings().stream().map(Check::message).toList()).isEqualTo(expected);
        Set<String> evaluated = new TreeSet<>();
        r.checks().forEach(c -> evaluated.add(c.ruleId()));
        ruleBase.rules().stream().filter(i -> i.family().equals(family)).forEach(i ->
                assertThat(evaluated).as("rule %s evaluated nothing in its case file", i.id()).contains(i.id()));
        // the case files show the work: most relations in them hold
        assertThat(r.passed().stream().filter(c -> c.family().equals(family)).count())
                .as("%s: relations that hold", family).isGreaterThanOrEqualTo(family.equals("UNIT") ? 0 : 2);
    }

    /**
     * A report in 元 that prints one amount without a unit: read in 万元 (the default), 3000 breaks the sum
     * (3000万元 + 0.2万元 ≠ 0.5万元) and only a unit slip explains it; with defaultUnit 元 every relation holds
     * (3000 + 2000 = 5000; 3000/5000 = 60%; 2000/5000 = 40%).
     */
    @Test
    void amountsWithoutAUnitAreReadInTheConfiguredDefaultUnit(@TempDir Path dir) throws IOException {
        String text = "2021年度收入合计5000元，其中：财政拨款收入3000，占60%；其他收入2000元，占40%。";
        FileResult inWan = auditor.audit(TextExtractor.fromText("yuan.txt", "text", text, List.of()));
        assertThat(inWan.findings()).extracting(c -> c.ruleId() + " " + c.severity())
                .containsExactlyInAnyOrder("SUM-001 INFO", "UNIT-001 ERROR", "SHARE-001 ERROR");
        assertThat(inWan.findings()).filteredOn(c -> c.ruleId().equals("UNIT-001")).singleElement()
                .satisfies(c -> assertThat(c.relation()).isEqualTo("3000万元 → 3000元"));
        Settings yuan = Settings.load(Files.writeString(dir.resolve("auditor.yaml"), "defaultUnit: 元\n"));
        FileResult inYuan = auditor.audit(TextExtractor.fromText("yuan.txt", "text", text, List.of()), yuan);
        assertThat(inYuan.findings()).isEmpty();
        assertThat(inYuan.passed()).extracting(Check::ruleId).containsExactlyInAnyOrder("SUM-001", "SHARE-001", "SHARE-001", "SHARE-002");
    }

    /**
     * A wrong 总计 (0.3) against a part restated twice (2940.05 on lines 4 and 6) breaks SUM-003 twice: one
     * fault, so one ERROR; the second check stays in the output as INFO pointing at the first (line 2).
     */
    @Test
    void aFaultAgainstARestatedNumberIsReportedOnce() {
        String text = String.join("\n", "一、财政拨款收入支出决算总体情况说明",
                "2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。",
                "二、收入决算情况说明", "2024年度财政拨款收入2940.05万元。",
                "三、财政拨款收入情况", "本年财政拨款收入2940.05万元，比上年增加10.00万元。");
        FileResult r = auditor.audit(TextExtractor.fromText("restated.txt", "text", text, List.of()));
        assertThat(r.findings()).filteredOn(c -> c.ruleId().equals("SUM-003"))
                .extracting(c -> c.severity() + " " + c.locations().stream().map(l -> l.line()).toList())
                .containsExactly("ERROR [2, 4]", "INFO [2, 6]");
        assertThat(r.findings()).filteredOn(c -> c.severity() == Severity.INFO).singleElement()
                .satisfies(c -> assertThat(c.message()).endsWith("（同一问题已在第2行报告）"));
    }

    /**
     * A figure printed identically three times (本年收入合计 3032.83 on lines 1–3) is recorded as verified twice,
     * each restatement against the first statement, not once per pair; a differing print (line 4) is compared with
     * every other.
     */
    @Test
    void identicalRestatementsAreRecordedAgainstTheFirstStatement() {
        String text = String.join("\n", "2019年度本年收入合计3032.83万元。", "本年收入合计3032.83万元。", "本年收入合计3032.83万元。",
                "本年收入合计3032.38万元。");
        FileResult r = auditor.audit(TextExtractor.fromText("same.txt", "text", text, List.of()));
        assertThat(r.passed()).filteredOn(c -> c.ruleId().equals("XSEC-001"))
                .extracting(c -> c.locations().stream().map(l -> l.line()).toList())
                .containsExactlyInAnyOrder(List.of(1, 2), List.of(1, 3));
        assertThat(r.findings()).filteredOn(c -> c.ruleId().equals("XSEC-001")).hasSize(3);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RuleCasesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
