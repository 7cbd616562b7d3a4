package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.extract.Extractors;
import org.auditor.model.Quantity;
import org.auditor.model.Report;
import org.auditor.parse.ReportParser;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seeds' flattened tables are audited as tables (expectations worked by hand in corpus/expected). */
class SeedTablesTest {
    static Auditor auditor;

    @BeforeAll
    static void build() { auditor = Auditor.standard(RuleBase.builtIn()); }

    /**
     * 003's 预算、决算、结余对比情况表 (l.64–85): 基本 2804.42 + 72.00 + 1054.20 = 3930.62 = 3915.36 + 15.26;
     * 项目 911.87 + 325.95 + 398.17 = 1635.99 = 1602.51 + 33.48; 合计 3716.29 + 397.95 + 1452.37 = 5566.61
     * = 5517.87 + 48.74, and each 合计 cell is its column's sum: six row and six column relations, all holding.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds/003_d43bba9ed6edf45c.txt", "docx/003_d43bba9ed6edf45c.docx", "pdf/003_d43bba9ed6edf45c.pdf"})
    void budgetTableOf003HoldsRowByRowAndColumnByColumn(String file) {
        FileResult r = auditor.audit(seed(file));
        assertThat(r.checks()).filteredOn(c -> c.family().equals("TAB") && c.claimId().startsWith("b1")).hasSize(12).allMatch(Check::passed);
        assertThat(r.passed()).filteredOn(c -> c.ruleId().equals("TAB-002"))
                .anyMatch(c -> c.relation().equals("2804.42 + 72.00 + 1054.20 = 3930.62"))
                .anyMatch(c -> c.relation().equals("5517.87 + 48.74 = 5566.61"));
    }

    /**
     * 002's 自评表: 总分 分值 10 + 45 + 25 + 20 = 100 and 得分 99.2 hold; every 得分 ≤ its 分值 (8 rows); the section
     * weights 50/30/10 against their items 45/25/20 are the three findings. The PDF prints the cells centred
     * unevenly under 分值/得分 and the 总分 label not at all (its column prints too narrow): the same table.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds/002_7daf7e59afd9bf54.txt", "docx/002_7daf7e59afd9bf54.docx", "pdf/002_7daf7e59afd9bf54.pdf"})
    void scoreTableOf002TotalsHoldAndNoScoreExceedsItsWeight(String file) {
        FileResult r = auditor.audit(seed(file));
        assertThat(r.checks()).filteredOn(c -> c.ruleId().equals("SCORE-003")).hasSize(8).allMatch(Check::passed);
        assertThat(r.passed()).filteredOn(c -> c.ruleId().equals("SCORE-002")).extracting(Check::relation)
                .containsExactlyInAnyOrder("10 + 10 + 15 + 10 + 10 + 10 + 15 + 20 = 100", "9.6 + 10 + 15 + 10 + 9.6 + 10 + 15 + 20 = 99.2");
        assertThat(r.findings()).filteredOn(c -> c.ruleId().equals("SCORE-002")).hasSize(3);
    }

    /** 002's 自评表 资金 row: 执行率 = 全年执行数 / 全年预算数 = 3527.66 / 3676.31 = 95.9565% → 95.96 ✓ (l.347–351). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds/002_7daf7e59afd9bf54.txt", "docx/002_7daf7e59afd9bf54.docx", "pdf/002_7daf7e59afd9bf54.pdf"})
    void executionRateOf002ScoreTableHolds(String file) {
        FileResult r = auditor.audit(seed(file));
        assertThat(r.passed()).extracting(Check::relation).contains("3527.66 / 3676.31 = 95.96%");
        assertThat(r.findings()).noneMatch(c -> c.family().equals("RATE"));
    }

    /**
     * 004's five 项目绩效目标完成情况表 (l.180–662): each 预算执行情况 block prints 预算数 = 其中-财政拨款 + 其它资金 and
     * 执行数 = 财政拨款 + 其它资金: 74 = 74 + 0 (新综合办公大楼物业服务), 40 = 40 + 0 (行政权力平台), 20 = 20 + 0 (应急办),
     * 5 = 5 + 0 (双创), 10 = 10 + 0 (纪委派驻监察室), on both sides: ten relations, all holding, in every format.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds/004_c24299cd82a026c1.txt", "docx/004_c24299cd82a026c1.docx", "pdf/004_c24299cd82a026c1.pdf"})
    void projectTablesOf004Hold(String file) {
        FileResult r = auditor.audit(seed(file));
        assertThat(r.checks()).filteredOn(c -> c.family().equals("TAB")).allMatch(Check::passed).extracting(Check::relation)
                .containsExactlyInAnyOrderElementsOf(List.of("74 + 0 = 74", "74 + 0 = 74", "40 + 0 = 40", "40 + 0 = 40",
                        "20 + 0 = 20", "20 + 0 = 20", "5 + 0 = 5", "5 + 0 = 5", "10 + 0 = 10", "10 + 0 = 10"));
    }

    private static Path seed(String file) {
        int slash = file.indexOf('/');
        return CorpusFiles.dir(file.substring(0, slash)).resolve(file.substring(slash + 1));
    }

    /**
     * The 三公 tables. 002 (l.32–82): 决算 4.87 + 136.83 + 1.91 = 143.61, 预算 20 + 128.96 + 5 = 153.96, 比预算
     * −15.13 + 7.87 − 3.09 = −10.35, 2023 40.97 + 58.52 + 4.95 = 104.44, 比上年 −36.1 + 78.31 − 3.04 = 39.17; per row
     * 决算 = 预算 + 比预算 (20 − 15.13 = 4.87, 128.96 + 7.87 = 136.83, 5 − 3.09 = 1.91, 153.96 − 10.35 = 143.61) and
     * = 上年 + 比上年 (40.97 − 36.1 = 4.87, 58.52 + 78.31 = 136.83, 4.95 − 3.04 = 1.91, 104.44 + 39.17 = 143.61); 增减%
     * 36.10/40.97 = 88.11, 78.31/58.52 = 133.82, 3.04/4.95 = 61.41, 39.17/104.44 = 37.50 with the printed signs.
     * 003 (l.90–121): 24.17 + 91.10 + 0 = 115.27, 45.53 + 78.72 + 16.49 = 140.74, −21.36 + 12.38 − 16.49 = −25.47;
     * 45.53 − 21.36 = 24.17, 78.72 + 12.38 = 91.10, 16.49 − 16.49 = 0, 140.74 − 25.47 = 115.27. All hold.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds/002_7daf7e59afd9bf54.txt", "docx/002_7daf7e59afd9bf54.docx", "pdf/002_7daf7e59afd9bf54.pdf",
            "seeds/003_d43bba9ed6edf45c.txt", "docx/003_d43bba9ed6edf45c.docx", "pdf/003_d43bba9ed6edf45c.pdf"})
    void threePublicTablesHold(String file) {
        FileResult r = auditor.audit(seed(file));
        List<String> expected = file.contains("002") ? List.of("4.87 + 136.83 + 1.91 = 143.61", "20 + 128.96 + 5 = 153.96",
                "-15.13 + 7.87 + -3.09 = -10.35", "40.97 + 58.52 + 4.95 = 104.44", "-36.1 + 78.31 + -3.04 = 39.17",
                "20 + -15.13 = 4.87", "128.96 + 7.87 = 136.83", "5 + -3.09 = 1.91", "153.96 + -10.35 = 143.61",
                "40.97 + -36.1 = 4.87", "58.52 + 78.31 = 136.83", "4.95 + -3.04 = 1.91", "104.44 + 39.17 = 143.61",
                "|4.87 − 40.97| / 40.97 = 88.11%", "|136.83 − 58.52| / 58.52 = 133.82%", "|1.91 − 4.95| / 4.95 = 61.41%",
                "|143.61 − 104.44| / 104.44 = 37.5%", "4.87 vs 40.97: 减", "136.83 vs 58.52: 增", "1.91 vs 4.95: 减", "143.61 vs 104.44: 增")
                : List.of("24.17 + 91.10 + 0 = 115.27", "45.53 + 78.72 + 16.49 = 140.74", "-21.36 + 12.38 + -16.49 = -25.47",
                "45.53 + -21.36 = 24.17", "78.72 + 12.38 = 91.10", "16.49 + -16.49 = 0", "140.74 + -25.47 = 115.27");
        assertThat(r.checks()).filteredOn(c -> c.claimId().startsWith("g1")).allMatch(Check::passed).extracting(Check::relation)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * 004's 综述 (l.172–176) restates each project table's 预算数 and 执行数 (全年预算数74万元，执行数为74万元 …): the
     * narrative amounts carry the table's concepts, so XSEC compares them; they agree (74, 40, 20, 5, 10 on both
     * sides), so every concept holds exactly two quantities of one value.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds/004_c24299cd82a026c1.txt", "docx/004_c24299cd82a026c1.docx", "pdf/004_c24299cd82a026c1.pdf"})
    void projectNarrativeRestatesItsTable(String file) throws Exception {
        Report report = ReportParser.standard().parse(Extractors.standard().extract(seed(file)));
        java.util.Map<String, List<String>> byConcept = new java.util.TreeMap<>();
        for (Quantity q : report.quantities())
            if (q.concept() != null && q.concept().id().startsWith("project."))
                byConcept.computeIfAbsent(q.concept().id(), k -> new java.util.ArrayList<>()).add(q.number().text());
        assertThat(byConcept).containsOnlyKeys("project.budget:新综合办公大楼物业服务经费项目", "project.spent:新综合办公大楼物业服务经费项目",
                "project.budget:行政权力平台运行维护费项目", "project.spent:行政权力平台运行维护费项目",
                "project.budget:应急办业务费项目", "project.spent:应急办业务费项目", "project.budget:双创工作经费项目",
                "project.spent:双创工作经费项目", "project.budget:纪委派驻监察室工作经费项目", "project.spent:纪委派驻监察室工作经费项目");
        assertThat(byConcept.get("project.budget:新综合办公大楼物业服务经费项目")).containsExactly("74", "74");
        assertThat(byConcept.get("project.spent:行政权力平台运行维护费项目")).containsExactly("40", "40");
        assertThat(byConcept.get("project.budget:双创工作经费项目")).containsExactly("5", "5");
        assertThat(byConcept.values()).allMatch(v -> v.size() == 2);
    }
}
