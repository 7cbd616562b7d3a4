package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
import org.auditor.model.Concept;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Period;
import org.auditor.model.Report;
import org.auditor.model.Scope;
import org.auditor.model.Severity;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tables of the real 决算 PDFs: all nine recognised (the template's empty ones too), continued tables
 * merged, and the table relations checked. Every figure below was read off the PDF by hand
 * ({@code pdftotext -layout -f N -l N}).
 */
class RealTablesTest {
    static final List<TableKind> NINE = List.of(TableKind.FA01_INCOME_EXPENSE_TOTAL, TableKind.FA02_INCOME, TableKind.FA03_EXPENSE,
            TableKind.FA04_FISCAL_TOTAL, TableKind.FA05_GENERAL_BUDGET_EXPENSE, TableKind.FA06_BASIC_EXPENSE, TableKind.FA07_THREE_PUBLIC,
            TableKind.FA08_GOV_FUND, TableKind.FA09_STATE_CAPITAL);
    static Auditor auditor;

    @BeforeAll
    static void build() { auditor = Auditor.standard(RuleBase.builtIn()); }

    static Report model(String name) throws Exception { return auditor.model(CorpusFiles.realPdfs().resolve(name)); }

    @ParameterizedTest
    @ValueSource(strings = {"putuo-caizhengju-2024-juesuan.pdf", "putuo-guihuaziyuan-2024-juesuan.pdf", "national-juesuan-template.pdf"})
    void allNineTablesAreRecognised(String name) throws Exception {
        assertThat(model(name).tables()).extracting(Table::kind).containsExactlyElementsOf(NINE);
    }

    @Test
    void continuedAndTwoSidedTablesAreMerged() throws Exception {
        List<Table> t = model("putuo-caizhengju-2024-juesuan.pdf").tables();
        assertThat(t).extracting(Table::pages).containsExactly(List.of(6, 7), List.of(8, 9), List.of(10, 11), List.of(12, 13), List.of(15),
                List.of(16, 17), List.of(18), List.of(19), List.of(20));
        // 收入支出决算总表: 收入 | 支出 side by side, its last rows (年初/年末结转和结余, 总计) on p.7
        Table total = t.get(0);
        assertThat(values(total, "本年收入合计")).containsExactly("2946.25");
        assertThat(values(total, "本年支出合计")).containsExactly("2940.05");
        assertThat(values(total, "年初结转和结余")).containsExactly("49.14");
        assertThat(values(total, "年末结转和结余")).containsExactly("55.34");
        assertThat(values(total, "八、社会保障和就业支出")).containsExactly("326.71");
        // 支出决算表 prints 基本/项目支出 off the row's line (tall cells): 201 一般公共服务支出 2106.66 = 1503.52 + 603.14
        Table expense = t.get(2);
        assertThat(values(expense, "一般公共服务支出")).containsExactly("2106.66", "1503.52", "603.14");
        assertThat(values(expense, "财政事务")).containsExactly("2106.66", "1503.52", "603.14");
        assertThat(values(expense, "行政运行")).containsExactly("1511.89", "1503.52", "8.37");
        assertThat(values(expense, "一般行政管理事务")).containsExactly("10.00", "10.00");
        // a name wrapped around its code line is one label
        assertThat(expense.rows()).extracting(Table.Row::label).contains("机关事业单位基本养老保险缴费支出");
        assertThat(expense.columns()).extracting(Table.Column::measure).containsExactly("total", "basic", "project");
    }

    @Test
    void tableRelationsHoldOnTheCaizhengjuTablesAndTheirRoundingGapsAreWarnings() {
        FileResult r = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-caizhengju-2024-juesuan.pdf"));
        // 2940.05 + 6.20 = 2946.25; 2946.25 + 49.14 = 2995.39; 2106.66 + 326.71 + 60.99 + 445.69 = 2940.05;
        // 2940.05 + 55.34 = 2995.39; 财政拨款: 2940.05 + 21.63 = 2961.68 …
        assertThat(r.passed()).filteredOn(c -> c.family().equals("TAB")).hasSizeGreaterThan(40);
        assertThat(r.findings()).filteredOn(c -> c.family().equals("TAB")).isEmpty();
        // 社会保障和就业支出 is 326.71 in 01 (p.6) and 04 (p.12) but 326.72 in 03 (p.10) and 05 (p.15)
        Check all = finding(r, "326.71", "326.72", 6, 10);
        Check fiscal = finding(r, "326.71", "326.72", 12, 15);
        assertThat(List.of(all.severity(), fiscal.severity())).containsOnly(Severity.WARNING);
    }

    @Test
    void guihuaziyuanTablesDisagreeByOneCent() {
        FileResult r = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-guihuaziyuan-2024-juesuan.pdf"));
        assertThat(r.passed()).filteredOn(c -> c.family().equals("TAB")).hasSizeGreaterThan(60);
        assertThat(r.findings()).filteredOn(c -> c.family().equals("TAB")).isEmpty();
        // 卫生健康支出 236.63 (01 p.7, 04 p.12) against 236.64 (03 p.10, 05 p.14); 城乡社区支出 3845.25 (01 p.7) against 3845.24 (03 p.11)
        finding(r, "236.63", "236.64", 7, 10);
        finding(r, "236.63", "236.64", 12, 14);
        finding(r, "3845.25", "3845.24", 7, 11);
    }

    /**
     * The 07 (“三公”) tables print their items as column groups, a 预算数 | 决算数 pair under each, over one line
     * of numbers (pdftotext -layout): 规划和自然资源局 p.17 "2.85 0.39 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 2.85 0.39"
     * under 合计 | 因公出国（境）费 | 小计 | 公务用车购置费 | 公务用车运行维护费 | 公务接待费; 财政局 p.18 only
     * "0.95 … 0.95" under 合计 预算数 and 公务接待费 预算数, the 决算数 blank.
     */
    @Test
    void threePublicTablesAreReadByItemAndPeriod() throws Exception {
        Table gh = table(model("putuo-guihuaziyuan-2024-juesuan.pdf"), TableKind.FA07_THREE_PUBLIC);
        assertThat(gh.pages()).containsExactly(17);
        assertThat(gh.columns()).extracting(Table.Column::header).containsExactly("预算数", "决算数");
        assertThat(gh.rows()).extracting(Table.Row::label).containsExactly("合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费", "公务接待费");
        assertThat(values(gh, "合计")).containsExactly("2.85", "0.39");
        for (String item : List.of("因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费")) assertThat(values(gh, item)).as(item).containsExactly("0.00", "0.00");
        assertThat(values(gh, "公务接待费")).containsExactly("2.85", "0.39");
        // the 合计's 预算数 is the narrative's 年初预算 (2.85), its 决算数 the narrative's 支出决算 (0.39)
        assertThat(concept(gh, "合计", 0)).isEqualTo(new Concept("sangong.total", Scope.FISCAL, Period.BUDGET));
        assertThat(concept(gh, "合计", 1)).isEqualTo(new Concept("sangong.total", Scope.FISCAL, Period.CURRENT));
        assertThat(concept(gh, "小计", 1)).isEqualTo(new Concept("sangong.car", Scope.FISCAL, Period.CURRENT));

        Table cz = table(model("putuo-caizhengju-2024-juesuan.pdf"), TableKind.FA07_THREE_PUBLIC);
        assertThat(cz.pages()).containsExactly(18);
        // this one prints 公务用车购置及运行费 / 公务用车运行费
        assertThat(cz.rows()).extracting(Table.Row::label).containsExactly("合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费");
        assertThat(values(cz, "合计")).containsExactly("0.95");
        assertThat(concept(cz, "合计", 0)).isEqualTo(new Concept("sangong.total", Scope.FISCAL, Period.BUDGET));
        assertThat(values(cz, "公务接待费")).containsExactly("0.95");
        assertThat(concept(cz, "公务接待费", 0)).isEqualTo(new Concept("sangong.reception", Scope.FISCAL, Period.BUDGET));
        for (String item : List.of("因公出国（境）费", "小计", "公务用车购置费", "公务用车运行费")) assertThat(values(cz, item)).as(item).isEmpty();

        Table template = table(model("national-juesuan-template.pdf"), TableKind.FA07_THREE_PUBLIC);
        assertThat(template.rows()).hasSize(6);
        assertThat(template.cells()).isEmpty();
    }

    @Test
    void threePublicStructureHoldsAndBudgetIsNeverComparedWithActual() {
        FileResult gh = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-guihuaziyuan-2024-juesuan.pdf"));
        // 预算数: 2.85 = 0.00 + 0.00 + 2.85, 0.00 = 0.00 + 0.00; 决算数: 0.39 = 0.00 + 0.00 + 0.39, 0.00 = 0.00 + 0.00
        assertThat(gh.passed()).filteredOn(c -> c.ruleId().equals("TAB-003")).extracting(Check::statedValues)
                .containsExactlyInAnyOrder(List.of("2.85", "0.00", "0.00", "2.85"), List.of("0.39", "0.00", "0.00", "0.39"),
                        List.of("0.00", "0.00", "0.00"), List.of("0.00", "0.00", "0.00"));
        // the table's 预算数 2.85 and 决算数 0.39 of one item are never a restatement of each other
        assertThat(gh.checks()).noneMatch(c -> c.family().equals("XSEC") && c.statedValues().containsAll(List.of("2.85", "0.39")));
        FileResult cz = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-caizhengju-2024-juesuan.pdf"));
        // 预算数 0.95 = 公务接待费 0.95 (the blank items spent nothing); the 决算数 are blank: no relation
        assertThat(cz.passed()).filteredOn(c -> c.ruleId().equals("TAB-003")).extracting(Check::statedValues)
                .containsExactly(List.of("0.95", "0.95"));
        for (FileResult r : List.of(gh, cz))
            assertThat(r.findings()).filteredOn(c -> c.locations().stream().anyMatch(l -> l.section() != null && l.section().contains("三公"))).isEmpty();
    }

    private static Table table(Report m, TableKind kind) {
        return m.tables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow(() -> new AssertionError(kind));
    }

    private static Concept concept(Table t, String label, int column) {
        Table.Row row = t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
        Table.Cell c = t.cell(row.index(), column);
        return c == null ? null : c.value().concept();
    }

    private static Check finding(FileResult r, String a, String b, int pageA, int pageB) {
        return r.findings().stream().filter(c -> c.ruleId().equals("XSEC-001") && c.statedValues().containsAll(List.of(a, b))
                        && c.locations().stream().map(Location::page).toList().containsAll(List.of(pageA, pageB)))
                .findFirst().orElseThrow(() -> new AssertionError(a + "/" + b + " p." + pageA + "/" + pageB + " not in " + r.findings()));
    }

    private static List<String> values(Table t, String label) {
        Table.Row row = t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
        return t.cells().stream().filter(c -> c.row() == row.index()).map(c -> c.value().text()).toList();
    }
}
