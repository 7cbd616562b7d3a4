package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    @Test
    void budgetTableOf003HoldsRowByRowAndColumnByColumn() {
        FileResult r = auditor.audit(CorpusFiles.dir("seeds").resolve("003_d43bba9ed6edf45c.txt"));
        assertThat(r.checks()).filteredOn(c -> c.family().equals("TAB")).hasSize(12).allMatch(Check::passed);
        assertThat(r.passed()).filteredOn(c -> c.ruleId().equals("TAB-002"))
                .anyMatch(c -> c.relation().equals("2804.42 + 72.00 + 1054.20 = 3930.62"))
                .anyMatch(c -> c.relation().equals("5517.87 + 48.74 = 5566.61"));
    }

    /** 002's 自评表: 总分 分值 10 + 45 + 25 + 20 = 100 and 得分 99.2 hold; every 得分 ≤ its 分值 (8 rows). */
    @Test
    void scoreTableOf002TotalsHoldAndNoScoreExceedsItsWeight() {
        FileResult r = auditor.audit(CorpusFiles.dir("seeds").resolve("002_7daf7e59afd9bf54.txt"));
        assertThat(r.checks()).filteredOn(c -> c.ruleId().equals("SCORE-003")).hasSize(8).allMatch(Check::passed);
        assertThat(r.passed()).filteredOn(c -> c.ruleId().equals("SCORE-002")).extracting(Check::relation)
                .containsExactlyInAnyOrder("10 + 10 + 15 + 10 + 10 + 10 + 15 + 20 = 100", "9.6 + 10 + 15 + 10 + 9.6 + 10 + 15 + 20 = 99.2");
        assertThat(r.findings()).filteredOn(c -> c.ruleId().equals("SCORE-002")).hasSize(3);
    }
}
