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
        // 06 ↔ 07 (TAB-004): 06 (p.16) 30217 公务接待费 0.39 ≤ 07 (p.17) 公务接待费 决算数 0.39; 30212 因公出国（境）费用,
        // 30231 公务用车运行维护费 and 31013 公务用车购置 0.00 ≤ their 07 决算数 0.00
        assertThat(gh.passed()).filteredOn(c -> c.ruleId().equals("TAB-004")).extracting(Check::relation)
                .containsExactlyInAnyOrder("0.39 ≤ 0.39", "0.00 ≤ 0.00", "0.00 ≤ 0.00", "0.00 ≤ 0.00");
        assertThat(gh.findings()).noneMatch(c -> c.ruleId().equals("TAB-004"));
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
        return concept(t, t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label)), column);
    }

    private static Concept concept(Table t, Table.Row row, int column) {
        Table.Cell c = t.cell(row.index(), column);
        return c == null ? null : c.value().concept();
    }

    /**
     * 06 基本支出表, p.16–17 of the 财政局 report: 人员经费 (301, 303) on the left, 公用经费 (302, 310) on the right,
     * the 类 code in one column and the 款 in the next, most names and amounts on the line below the codes.
     * Read by hand: 301 2,082.85 = 262.33 + 1,238.58 + 160.75 + 80.38 + 60.99 + 1.61 + 187.19 + 91.03 (= 2,082.86,
     * a cent of rounding); 303 69.41 = 69.10 + 0.31; 人员经费合计 2,152.26 = 2,082.85 + 69.41; 302 171.07 against
     * its items' 171.09 (12 items, rounding); 310 13.58 = 13.58; 公用经费合计 184.65 = 171.07 + 13.58; and 05's
     * 合计 基本支出 2,336.91 (p.15) = 2,152.26 + 184.65.
     */
    @Test
    void basicExpenseTableIsReadByCodeFromBothSidesAndChecked() throws Exception {
        Table t = model("putuo-caizhengju-2024-juesuan.pdf").tables().get(5);
        assertThat(t.kind()).isEqualTo(TableKind.FA06_BASIC_EXPENSE);
        assertThat(byCode(t, "301")).isEqualTo("2082.85");
        assertThat(byCode(t, "30101")).isEqualTo("262.33");
        assertThat(byCode(t, "30102")).isEqualTo("1238.58");
        assertThat(byCode(t, "30103")).isNull();
        assertThat(byCode(t, "30108")).isEqualTo("160.75");
        assertThat(byCode(t, "30199")).isEqualTo("91.03");
        assertThat(byCode(t, "303")).isEqualTo("69.41");
        assertThat(byCode(t, "30302")).isEqualTo("69.10");
        assertThat(byCode(t, "30309")).isEqualTo("0.31");
        assertThat(byCode(t, "302")).isEqualTo("171.07");
        assertThat(byCode(t, "30201")).isEqualTo("21.21");
        assertThat(byCode(t, "30212")).isNull();
        assertThat(byCode(t, "30228")).isEqualTo("24.42");
        assertThat(byCode(t, "30299")).isEqualTo("11.53");
        assertThat(byCode(t, "310")).isEqualTo("13.58");
        assertThat(byCode(t, "31002")).isEqualTo("13.58");
        assertThat(values(t, "人员经费合计")).containsExactly("2152.26");
        assertThat(values(t, "公用经费合计")).containsExactly("184.65");
        // names wrapped around the code line belong to the row
        assertThat(t.rows()).extracting(Table.Row::label).contains("机关事业单位基本养老保险缴费", "因公出国（境）费用", "其他商品和服务支出",
                "信息网络及软件购置更新");
        // 13 amounts on the 人员经费 side, 16 on the 公用经费 side
        assertThat(t.cells()).hasSize(29);

        FileResult r = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-caizhengju-2024-juesuan.pdf"));
        assertThat(passedOn(r, 16, 17)).extracting(Check::relation).contains(
                "262.33 + 1238.58 + 160.75 + 80.38 + 60.99 + 1.61 + 187.19 + 91.03 = 2082.85", "69.10 + 0.31 = 69.41",
                "21.21 + 7.61 + 0.09 + 4.88 + 1.20 + 2.83 + 4.05 + 2.01 + 24.42 + 42.77 + 48.49 + 11.53 = 171.07", "13.58 = 13.58",
                "2082.85 + 69.41 = 2152.26", "171.07 + 13.58 = 184.65", "2152.26 + 184.65 = 2336.91");
        // 4 类 = Σ 款, 2 经费合计 = Σ 类, 1 05 基本支出 = 人员 + 公用: every one holds
        assertThat(passedOn(r, 16, 17)).filteredOn(c -> c.ruleId().equals("TAB-001")).hasSize(7);
        assertThat(r.findings()).filteredOn(c -> c.locations().stream().anyMatch(l -> l.page() == 16 || l.page() == 17)).isEmpty();
    }

    /**
     * 06 of the 规划和自然资源局 report, p.16, one row per line: 301 4,816.14 (13 款, by hand 4,816.14), 303 67.96,
     * 人员经费合计 4,884.09 (4,816.14 + 67.96 = 4,884.10: rounding), 302 440.90 (its 27 款 add up to 440.88: rounding),
     * 310 39.76, 公用经费合计 480.66; 05 基本支出 5,364.75 (p.15) = 4,884.09 + 480.66. The narrative's 人员经费 4,896.98
     * (p.24) disagrees with the table: a real fault.
     */
    @Test
    void guihuaziyuanBasicExpenseTable() throws Exception {
        Table t = model("putuo-guihuaziyuan-2024-juesuan.pdf").tables().get(5);
        assertThat(t.pages()).containsExactly(16);
        assertThat(byCode(t, "301")).isEqualTo("4816.14");
        assertThat(byCode(t, "30107")).isEqualTo("1594.02");
        assertThat(byCode(t, "30108")).isEqualTo("446.11");
        assertThat(byCode(t, "303")).isEqualTo("67.96");
        assertThat(byCode(t, "302")).isEqualTo("440.90");
        assertThat(byCode(t, "30229")).isEqualTo("73.19");
        assertThat(byCode(t, "31007")).isEqualTo("0.00");
        assertThat(byCode(t, "310")).isEqualTo("39.76");
        assertThat(values(t, "人员经费合计")).containsExactly("4884.09");
        assertThat(values(t, "公用经费合计")).containsExactly("480.66");
        // 301 13 + 303 12 + 302 27 + 310 9 codes, 4 类 among them, 2 totals: every row prints an amount
        assertThat(t.cells()).hasSize(67);
        FileResult r = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-guihuaziyuan-2024-juesuan.pdf"));
        assertThat(passedOn(r, 16, 16)).extracting(Check::relation).contains("4816.14 + 67.96 = 4884.09", "440.90 + 39.76 = 480.66",
                "4884.09 + 480.66 = 5364.75");
        assertThat(passedOn(r, 16, 16)).filteredOn(c -> c.ruleId().equals("TAB-001")).hasSize(7);
        finding(r, "4896.98", "4884.09", 24, 16);
    }

    /** The template's 06 lists every code with no amount, and its 08/09 are empty: none of them asserts anything. */
    @Test
    void emptyTablesAssertNothing() throws Exception {
        Report m = model("national-juesuan-template.pdf");
        Table basic = m.tables().get(5);
        assertThat(basic.rows()).extracting(Table.Row::code).contains("301", "30101", "30399", "302", "30299", "310", "31099");
        assertThat(basic.cells()).isEmpty();
        assertThat(m.tables().subList(7, 9)).allSatisfy(x -> assertThat(x.cells()).isEmpty());
        assertThat(model("putuo-caizhengju-2024-juesuan.pdf").tables().subList(7, 9)).allSatisfy(x -> assertThat(x.cells()).isEmpty());
        assertThat(auditor.audit(CorpusFiles.realPdfs().resolve("national-juesuan-template.pdf")).checks()).isEmpty();
    }

    /** 01 ↔ 02: 02's 合计 财政拨款收入 2,940.05 (p.8) = 01's 一般公共预算财政拨款收入 2,940.05 (p.6), the other two kinds blank. */
    @Test
    void incomeItemsOfTheTotalTableMatchTheIncomeTable() {
        FileResult r = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-caizhengju-2024-juesuan.pdf"));
        assertThat(r.passed()).anyMatch(c -> c.relation().equals("2940.05 = 2940.05")
                && c.locations().stream().map(Location::page).toList().equals(List.of(8, 6)));
        // 其他收入 6.20 in 01 (p.6) and 02 (p.8) through the concept income.other, each against the narrative's 6.2 (p.21)
        for (int page : List.of(6, 8))
            assertThat(r.passed()).anyMatch(c -> c.ruleId().equals("XSEC-001") && c.statedValues().contains("6.20")
                    && c.locations().stream().map(Location::page).toList().containsAll(List.of(21, page)));
    }

    /**
     * 04 财政拨款收入支出决算总表, 财政局 p.12–13 (pdftotext -layout): the left side's 一、一般公共预算财政拨款 2,940.05 is
     * this year's income of that kind, the same figure as 01's 一、一般公共预算财政拨款收入 2,940.05 (p.6); the same
     * label under 年初财政拨款结转和结余 21.63 carries 21.63, the carry-over of that kind, which adds up to it.
     */
    @Test
    void fiscalTotalTableNamesItsFundKindsByWhereTheyStand() throws Exception {
        Table t = table(model("putuo-caizhengju-2024-juesuan.pdf"), TableKind.FA04_FISCAL_TOTAL);
        List<Table.Row> kinds = t.rows().stream().filter(r -> r.label().equals("一、一般公共预算财政拨款")).toList();
        assertThat(kinds).hasSize(2);
        assertThat(values(t, kinds.get(0))).containsExactly("2940.05");
        assertThat(concept(t, kinds.get(0), 0)).isEqualTo(new Concept("income.total", Scope.GENERAL_BUDGET, Period.CURRENT));
        assertThat(values(t, kinds.get(1))).containsExactly("21.63");
        assertThat(concept(t, kinds.get(1), 0)).isEqualTo(new Concept("carryover.begin", Scope.GENERAL_BUDGET, Period.CURRENT));

        FileResult r = auditor.audit(CorpusFiles.realPdfs().resolve("putuo-caizhengju-2024-juesuan.pdf"));
        // 01 ↔ 04, printed identically: recorded as verified
        assertThat(r.passed()).anyMatch(c -> c.ruleId().equals("XSEC-001") && c.relation().equals("2940.05 = 2940.05")
                && c.locations().stream().map(Location::page).toList().equals(List.of(6, 12)));
        // 年初财政拨款结转和结余 21.63 = 一般公共预算财政拨款 21.63 (the other two kinds blank)
        assertThat(r.passed()).anyMatch(c -> c.ruleId().equals("TAB-001") && c.relation().equals("21.63 = 21.63")
                && c.locations().stream().map(Location::page).toList().equals(List.of(13, 13)));
    }

    private static List<Check> passedOn(FileResult r, int from, int to) {
        return r.passed().stream().filter(c -> c.locations().stream().allMatch(l -> l.page() == 15 || l.page() >= from && l.page() <= to)
                && c.locations().stream().anyMatch(l -> l.page() >= from && l.page() <= to)).toList();
    }

    private static String byCode(Table t, String code) {
        Table.Row row = t.rows().stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow(() -> new AssertionError(code));
        return t.cells().stream().filter(c -> c.row() == row.index()).map(c -> c.value().text()).findFirst().orElse(null);
    }

    private static Check finding(FileResult r, String a, String b, int pageA, int pageB) {
        return r.findings().stream().filter(c -> c.ruleId().equals("XSEC-001") && c.statedValues().containsAll(List.of(a, b))
                        && c.locations().stream().map(Location::page).toList().containsAll(List.of(pageA, pageB)))
                .findFirst().orElseThrow(() -> new AssertionError(a + "/" + b + " p." + pageA + "/" + pageB + " not in " + r.findings()));
    }

    private static List<String> values(Table t, String label) {
        return values(t, t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label)));
    }

    private static List<String> values(Table t, Table.Row row) {
        return t.cells().stream().filter(c -> c.row() == row.index()).map(c -> c.value().text()).toList();
    }
}
