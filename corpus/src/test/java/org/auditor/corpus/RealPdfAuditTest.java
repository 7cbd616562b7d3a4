package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real published PDFs of shared/real audited end to end. The narrative faults of the 财政局 report were
 * worked out by hand: "财政拨款收入支出总计0.3万元" (p.21) cannot be a total that includes 财政拨款收入
 * 2940.05万元 (p.21); "一般公共服务支出（类）2106.66万元，占71.73%" of 2940.05 is 2106.66 / 2940.05 = 71.654%,
 * i.e. 71.65% (71.73% would need a base of 2936.93).
 */
class RealPdfAuditTest {
    static Auditor auditor;

    @BeforeAll
    static void build() { auditor = Auditor.standard(RuleBase.builtIn()); }

    static FileResult audit(String name) {
        FileResult r = auditor.audit(CorpusFiles.realPdfs().resolve(name));
        assertThat(r.ok()).as("%s: %s", name, r.error()).isTrue();
        return r;
    }

    static Check finding(FileResult r, String rule, String... values) {
        return r.findings().stream().filter(c -> c.ruleId().equals(rule) && c.statedValues().containsAll(List.of(values)))
                .findFirst().orElseThrow(() -> new AssertionError(rule + " " + List.of(values) + " not found in " + r.findings()));
    }

    @Test
    void caizhengjuNarrativeFaultsAreFoundOnTheirPages() {
        FileResult r = audit("putuo-caizhengju-2024-juesuan.pdf");
        assertThat(r.pages()).isEqualTo(25);
        Check total = finding(r, "SUM-003", "0.3", "2940.05");
        assertThat(total.severity()).isEqualTo(Severity.ERROR);
        assertThat(total.locations()).extracting(Location::page).containsOnly(21);
        Check share = finding(r, "SHARE-001", "2106.66", "2940.05", "71.73");
        assertThat(share.severity()).isEqualTo(Severity.ERROR);
        assertThat(share.expected()).isEqualByComparingTo("71.65");
        assertThat(share.locations()).extracting(Location::page).containsOnly(21);
        assertThat(share.locations().get(0).box()).as("position on the page").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"putuo-shangwuwei-2025-yusuan.pdf", "putuo-zhengfuban-2025-yusuan.pdf", "national-juesuan-template.pdf"})
    void theOtherReportsAuditWithoutErrors(String name) {
        FileResult r = audit(name);
        assertThat(r.pages()).isGreaterThan(20);
        assertThat(r.findings()).filteredOn(c -> c.severity() == Severity.ERROR).isEmpty();
    }

    /**
     * 规划和自然资源局: the narrative's "一般公共预算财政拨款基本支出5377.64万元" (p.24) is the all-funds 基本支出 of
     * the 支出决算表 (p.10: 合计 9759.38 | 5377.64 | 4381.74); the 一般公共预算财政拨款支出决算表 (p.15) prints 基本支出
     * 5364.75, which its 基本支出决算表 confirms (p.16: 人员经费合计 4884.09 + 公用经费合计 480.66 = 5364.75). The
     * next sentence, "其中：人员经费4896.98万元" (p.24), is the all-funds figure too: 5377.64 − 480.66 = 4896.98, where
     * the 一般公共预算 table has 4884.09.
     */
    @Test
    void guihuaziyuanNarrativeRestatesTheWrongTable() {
        FileResult r = audit("putuo-guihuaziyuan-2024-juesuan.pdf");
        Check basic = finding(r, "XSEC-001", "5377.64", "5364.75");
        assertThat(basic.severity()).isEqualTo(Severity.ERROR);
        assertThat(basic.locations()).extracting(Location::page).containsExactly(24, 15);
        assertThat(basic.locations().get(1).section()).isEqualTo("一般公共预算财政拨款支出决算表 / 合计 / 基本支出");
        Check personnel = finding(r, "XSEC-001", "4896.98", "4884.09");
        assertThat(personnel.locations()).extracting(Location::page).containsExactly(24, 16);
        assertThat(r.findings()).filteredOn(c -> c.severity() == Severity.ERROR).containsExactlyInAnyOrder(basic, personnel);
    }
}
