package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.extract.TextExtractor;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 07 (“三公”) table against the narrative: its 预算数 meets the narrative's 预算 and its 决算数 the
 * narrative's 决算, in either layout (items as rows, or as column groups over 预算数 | 决算数 pairs).
 */
class ThreePublicTableTest {
    static Auditor auditor;

    @BeforeAll
    static void build() { auditor = Auditor.standard(RuleBase.builtIn()); }

    /** 预算 30.00 = 5.00 + 20.00 + 5.00; 决算 25.00 = 4.00 + 18.00 + 3.00; 公车 20.00 = 0 + 20.00, 18.00 = 0 + 18.00. */
    static final String NARRATIVE = "“三公”经费财政拨款支出预算为30.00万元，支出决算为25.00万元，其中：因公出国（境）费支出决算为4.00万元；"
            + "公务用车购置及运行维护费支出决算为18.00万元；公务接待费支出决算为3.00万元。\n";

    static String rows(String abroadActual, String totalActual) {
        return "一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\n合计\t30.00\t" + totalActual + "\n"
                + "1.因公出国（境）费\t5.00\t" + abroadActual + "\n2.公务用车购置及运行维护费\t20.00\t18.00\n（1）公务用车购置费\t0.00\t0.00\n"
                + "（2）公务用车运行维护费\t20.00\t18.00\n3.公务接待费\t5.00\t3.00\n";
    }

    static String groups(String abroadActual, String totalActual) {
        return "财政拨款“三公”经费支出决算表\n单位：万元\n合计\t\t因公出国（境）费\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t公务接待费\n"
                + "预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\n"
                + "30.00\t" + totalActual + "\t5.00\t" + abroadActual + "\t20.00\t18.00\t0.00\t0.00\t20.00\t18.00\t5.00\t3.00\n";
    }

    static FileResult audit(String name, String text) {
        return auditor.audit(TextExtractor.fromText(name + ".txt", "text", text, List.of()));
    }

    @Test
    void aTableThatAgreesWithTheNarrativeRaisesNothingThoughItsBudgetEqualsAnotherItemsActual() {
        // the table's 因公出国 预算数 5.00 is not the narrative's 因公出国 决算 4.00, nor is 合计 预算数 30.00 its 决算 25.00
        for (String table : List.of(rows("4.00", "25.00"), groups("4.00", "25.00"))) {
            FileResult r = audit("agree", NARRATIVE + table);
            assertThat(r.findings()).as(table).isEmpty();
            assertThat(r.passed()).as(table).filteredOn(c -> c.ruleId().equals("TAB-003")).hasSize(4);
        }
    }

    @Test
    void aTableActualThatDiffersFromTheNarrativeIsAnError() {
        // the table says 因公出国 决算 5.00 and 合计 26.00 (so it still adds up); the narrative 4.00 and 25.00
        for (String table : List.of(rows("5.00", "26.00"), groups("5.00", "26.00"))) {
            FileResult r = audit("differ", NARRATIVE + table);
            assertThat(r.findings()).as(table).filteredOn(c -> c.ruleId().equals("TAB-003")).isEmpty();
            assertThat(r.findings()).as(table).filteredOn(c -> c.ruleId().equals("XSEC-001") && c.severity() == Severity.ERROR)
                    .extracting(Check::statedValues).containsExactlyInAnyOrder(List.of("4.00", "5.00"), List.of("25.00", "26.00"));
        }
    }

    @Test
    void aTableWhoseItemsDoNotAddUpBreaksTab003() {
        // 合计 决算数 25.00 kept while 因公出国 决算数 is 5.00: 5.00 + 18.00 + 3.00 = 26.00 ≠ 25.00
        for (String table : List.of(rows("5.00", "25.00"), groups("5.00", "25.00"))) {
            FileResult r = audit("broken", table);
            assertThat(r.findings()).as(table).filteredOn(c -> c.ruleId().equals("TAB-003"))
                    .extracting(Check::statedValues).containsExactly(List.of("25.00", "5.00", "18.00", "3.00"));
        }
    }

    @Test
    void anItemWhoseLabelIsNotReadIsNotTakenForABlank() {
        // "2.车辆费用" names no item (no dictionary label): 合计 = 出国 + 接待 is not asserted (25 ≠ 4 + 3), nor is the
        // 公务用车 subtotal, whose own row is the unread one
        String table = rows("4.00", "25.00").replace("2.公务用车购置及运行维护费", "2.车辆费用");
        assertThat(table).contains("2.车辆费用\t20.00");
        FileResult r = audit("unread", table);
        assertThat(r.findings()).isEmpty();
        assertThat(r.checks()).noneMatch(c -> c.ruleId().equals("TAB-003"));
    }

    @Test
    void aNameWrappedOntoItsOwnLineJoinsItsRow() {
        // "2.公务用车购置及运行" with its numbers, "维护费" below; and "3." with 公务接待费 on the line above it
        String table = rows("5.00", "25.00").replace("2.公务用车购置及运行维护费\t20.00\t18.00\n", "2.公务用车购置及运行\t20.00\t18.00\n维护费\n")
                .replace("3.公务接待费\t5.00\t3.00\n", "公务接待\n费\t5.00\t3.00\n");
        FileResult r = audit("wrapped", table);
        // 决算数: 25.00 ≠ 5.00 + 18.00 + 3.00 = 26.00 — only found when both wrapped rows are read as their items
        assertThat(r.findings()).filteredOn(c -> c.ruleId().equals("TAB-003"))
                .extracting(Check::statedValues).containsExactly(List.of("25.00", "5.00", "18.00", "3.00"));
    }

    @Test
    void aNumberUnderAnotherHeaderIsNoCell() {
        // 上年决算数 is neither 预算数 nor 决算数; 公务接待费 has no 决算数 (blank), only 上年 2.00, which must not fill it:
        // 决算数 22.00 = 4.00 + 18.00 + (blank); read as 2.00 it would give 24.00
        String table = "一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\t上年决算数\n合计\t30.00\t22.00\t31.00\n"
                + "1.因公出国（境）费\t5.00\t4.00\t9.00\n2.公务用车购置及运行维护费\t20.00\t18.00\t20.00\n（1）公务用车购置费\t0.00\t0.00\t0.00\n"
                + "（2）公务用车运行维护费\t20.00\t18.00\t20.00\n3.公务接待费\t5.00\t\t2.00\n";
        FileResult r = audit("prior", table);
        assertThat(r.findings()).isEmpty();
        assertThat(r.passed()).filteredOn(c -> c.ruleId().equals("TAB-003")).extracting(Check::statedValues)
                .contains(List.of("22.00", "4.00", "18.00"));
    }
}
