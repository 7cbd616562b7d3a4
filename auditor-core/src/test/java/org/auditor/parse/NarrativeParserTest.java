package org.auditor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.auditor.extract.Extractors;
import org.auditor.extract.TextExtractor;
import org.auditor.model.Breakdown;
import org.auditor.model.Change;
import org.auditor.model.Claim;
import org.auditor.model.Direction;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Period;
import org.auditor.model.Quantity;
import org.auditor.model.Rate;
import org.auditor.model.Report;
import org.auditor.model.ReportKind;
import org.auditor.model.Scope;
import org.auditor.model.ScoreLine;
import org.auditor.model.Share;
import org.junit.jupiter.api.Test;

/** One test per claim pattern, on sentences of the seed reports (file and line in each comment). */
class NarrativeParserTest {
    static Report parse(String... lines) {
        return ReportParser.standard().parse(TextExtractor.fromText("t.txt", "text", String.join("\n", lines), List.of()));
    }

    static <T extends Claim> List<T> claims(Report r, Class<T> type) {
        return r.claims().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<String> texts(List<Quantity> qs) { return qs.stream().map(Quantity::text).toList(); }

    @Test
    void breakdownWithSharesOfTheTotal() { // 000 l.53
        Report r = parse("2019年度收入合计3032.83万元，其中：财政拨款收入2988.83万元，占 98.55%；其他收入44万元，占1.45%。");
        Breakdown b = claims(r, Breakdown.class).get(0);
        assertThat(b.total().text()).isEqualTo("3032.83");
        assertThat(texts(b.parts())).containsExactly("2988.83", "44");
        List<Share> shares = claims(r, Share.class);
        assertThat(shares).extracting(s -> s.part().text() + "/" + s.base().text() + "=" + s.percent().text())
                .containsExactly("2988.83/3032.83=98.55", "44/3032.83=1.45");
        assertThat(shares).allMatch(s -> b.id().equals(s.group()));
    }

    @Test
    void aListThatOnlyDescribesItsItemsIsNotANestedBreakdown() { // 000 l.80
        Report r = parse("2019年度一般公共预算财政拨款基本支出2575.49万元，其中人员经费支出 2104.06万元，主要包括：基本工资、津贴补贴；公用经费支出471.43万元。主要包括：办公费。");
        assertThat(claims(r, Breakdown.class)).singleElement().satisfies(b -> {
            assertThat(b.total().text()).isEqualTo("2575.49");
            assertThat(texts(b.parts())).containsExactly("2104.06", "471.43");
        });
    }

    @Test
    void shareWithAStatedBaseBindsToThatBase() { // 001 l.115 and l.127
        Report r = parse("2021年度支出合计1344.01万元，其中：基本支出1344.01万元，占100%；项目支出0万元，占0%。",
                "2021年度财政拨款支出1305.63万元，占本年支出合计的100%。");
        Share s = claims(r, Share.class).stream().filter(x -> x.part().text().equals("1305.63")).findFirst().orElseThrow();
        assertThat(s.base().text()).isEqualTo("1344.01");
        assertThat(s.base().location().line()).isEqualTo(1);
        assertThat(s.group()).isNull();
    }

    @Test
    void changeWithAnImpliedPrior() { // 000 l.51
        Report r = parse("益阳市人民政府办公室(本级)2019年度收入总计3032.83万元，比上年同期减少65.35万元，下降2.11%；支出总计3253.16万元，比上年同期增加56.98万元，增长1.8%。");
        assertThat(claims(r, Change.class)).extracting(c -> c.current().text() + " " + c.direction() + " " + c.delta().text() + " " + c.percent().text())
                .containsExactly("3032.83 DOWN 65.35 2.11", "3253.16 UP 56.98 1.8");
        assertThat(claims(r, Change.class)).allMatch(c -> c.prior() == null);
    }

    @Test
    void changeWithThePriorPrinted() { // 001 l.105
        Report r = parse("2021 年度收入 1217.92 万元，年初结转和结余 238.73 万元，总计 1456.65 万元，与 2020 年度收入 1263.66 万元相比，减少 45.74 万元，增减 3.62%，主要是因为其他收入相对减少。");
        Change c = claims(r, Change.class).get(0);
        assertThat(c.current().text()).isEqualTo("1217.92");
        assertThat(c.prior().text()).isEqualTo("1263.66");
        assertThat(c.delta().text()).isEqualTo("45.74");
        assertThat(c.percent().text()).isEqualTo("3.62");
        assertThat(c.direction()).isEqualTo(Direction.DOWN);
        assertThat(c.prior().concept().period()).isEqualTo(Period.PRIOR);
    }

    @Test
    void balanceOfIncomeAndCarryOver() { // 001 l.105
        Report r = parse("2021 年度收入 1217.92 万元，年初结转和结余 238.73 万元，总计 1456.65 万元。");
        Breakdown b = claims(r, Breakdown.class).get(0);
        assertThat(b.basis()).isEqualTo(Breakdown.Basis.BALANCE);
        assertThat(b.total().text()).isEqualTo("1456.65");
        assertThat(texts(b.parts())).containsExactly("1217.92", "238.73");
    }

    @Test
    void completionRateWithItsComparisonWord() { // 001 l.139
        Report r = parse("年初预算为695.13万元，支出决算为886.56万元，完成年初预算的127.54%，决算数大于年初预算数的主要原因是：较上年度年中临时性工作开展较多。");
        Rate rate = claims(r, Rate.class).get(0);
        assertThat(rate.actual().text()).isEqualTo("886.56");
        assertThat(rate.budget().text()).isEqualTo("695.13");
        assertThat(rate.percent().text()).isEqualTo("127.54");
        assertThat(rate.comparison()).isEqualTo(Direction.UP);
    }

    @Test
    void aRateDoesNotBorrowABudgetFromAnotherClause() { // 000 l.85
        Report r = parse("2019 年度“三公”经费财政拨款支出预算为172万元，支出决算为148.23万元，完成预算的86.18%，其中：因公出国（境）费支出决算为59万元，超预算完成；公务用车购置及运行费支出决算为73.68万元，完成预算的95.69%；");
        List<Rate> rates = claims(r, Rate.class);
        assertThat(rates.get(0).budget().text()).isEqualTo("172");
        assertThat(rates).filteredOn(x -> x.actual().text().equals("73.68")).allMatch(x -> x.budget() == null);
    }

    @Test
    void scoreAndItsDeductions() { // 003 l.146
        Report r = parse("经综合自评，得分94分，评价结果“优秀”。扣分明细为：预算控制率扣5分，公用经费控制率扣1分。");
        ScoreLine s = claims(r, ScoreLine.class).get(0);
        assertThat(s.total().text()).isEqualTo("94");
        assertThat(texts(s.items())).containsExactly("5", "1");
    }

    @Test
    void classTotalsAgainstTheItemsListedForThem() { // 000 l.62, l.65-71
        Report r = parse("2019 年度财政拨款支出3253.16万元，主要用于以下方面： 一般公共服务（类）支出2842.81 万元，占87.39%； 卫生健康（类）支出134.5，占4.13%。",
                "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）财政拨款支出年初预算为 1985.66万元，支出决算为2146.85万元，主要用于行政运行。",
                "2. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）财政拨款支出决算为253.52万元，主要用于一般行政管理事务。",
                "12. 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）财政拨款支出决算为134.5万元，主要用于行政单位医疗支出。");
        List<Breakdown> h = claims(r, Breakdown.class).stream().filter(b -> b.basis() == Breakdown.Basis.HIERARCHY).toList();
        assertThat(h).extracting(b -> b.total().text() + "=" + String.join("+", texts(b.parts())))
                .containsExactlyInAnyOrder("2842.81=2146.85+253.52", "134.5=134.5");
        Quantity bare = h.stream().filter(b -> b.total().text().equals("134.5")).findFirst().orElseThrow().total();
        assertThat(bare.unit()).isEqualTo(MoneyUnit.WAN_YUAN); // inherited: printed without a unit
        assertThat(bare.concept().id()).isEqualTo("func:210");
    }

    @Test
    void countsBreakDownToo() { // 000 l.116
        Report r = parse("截至2019年12月31日，本部门共有车辆8辆，其中，领导干部用车1辆、一般公务用车7辆；单位价值50万元以上通用设备0台(套)。");
        assertThat(claims(r, Breakdown.class)).singleElement().satisfies(b -> {
            assertThat(b.total().text()).isEqualTo("8");
            assertThat(texts(b.parts())).containsExactly("1", "7");
        });
    }

    @Test
    void scopeAndPeriodComeFromTheWords() { // 001 l.195, 000 l.64
        Report r = parse("2021年度政府性基金预算财政拨款收入0万元；年初结转和结余0万元；支出0万元，其中基本支出0万元，项目支出0万元；年末结转和结余0万元。",
                "2021 年度财政拨款支出年初预算为2304.96 万元，支出决算为2988.83 万元，完成年初预算的129.67%。");
        assertThat(r.quantities()).filteredOn(q -> q.location().line() == 1 && q.concept() != null)
                .allMatch(q -> q.concept().scope() == Scope.GOV_FUND);
        Quantity budget = r.quantities().stream().filter(q -> q.text().equals("2304.96")).findFirst().orElseThrow();
        Quantity actual = r.quantities().stream().filter(q -> q.text().equals("2988.83")).findFirst().orElseThrow();
        assertThat(budget.concept().period()).isEqualTo(Period.BUDGET);
        assertThat(actual.concept()).satisfies(c -> {
            assertThat(c.id()).isEqualTo("expense.total");
            assertThat(c.scope()).isEqualTo(Scope.FISCAL);
            assertThat(c.period()).isEqualTo(Period.CURRENT);
        });
    }

    @Test
    void everyNumberKnowsWhereItWasPrinted() {
        Report r = parse("第一行没有数字。", "2019年度收入合计3032.83万元，其中：财政拨款收入2988.83万元。");
        Quantity q = r.quantities().get(0);
        assertThat(q.location().line()).isEqualTo(2);
        assertThat(q.location().column()).isEqualTo("2019年度收入合计".length());
        assertThat(q.location().snippet()).contains("3032.83");
        assertThat(q.location().file()).isEqualTo("t.txt");
    }

    @Test
    void seedMetadata() throws Exception {
        Path seeds = Path.of("").toAbsolutePath().getParent().resolve("corpus/seeds");
        Report r0 = ReportParser.standard().parse(Extractors.standard().extract(seeds.resolve("000_df0ef339e2396859.txt")));
        assertThat(r0.entity()).isEqualTo("益阳市人民政府办公室（本级）");
        assertThat(r0.year()).isEqualTo(2019);
        assertThat(r0.kind()).isEqualTo(ReportKind.FINAL_ACCOUNTS);
        assertThat(r0.kinds()).contains(ReportKind.PROJECT_EVALUATION);
        Report r3 = ReportParser.standard().parse(Extractors.standard().extract(seeds.resolve("003_d43bba9ed6edf45c.txt")));
        assertThat(r3.entity()).isEqualTo("常德市人民政府办公室");
        assertThat(r3.year()).isEqualTo(2020);
        assertThat(r3.kind()).isEqualTo(ReportKind.OVERALL_SELF_EVALUATION);
        assertThat(r3.sections()).anyMatch(s -> s.title().startsWith("一、部门概况"));
    }
}
