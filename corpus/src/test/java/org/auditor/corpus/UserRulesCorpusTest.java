package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * The example user rule of docs/user-rules (机关运行经费 = 公用经费, a provincial convention) dropped
 * beside the built-in rules: a corpus run gains exactly its checks, worked out by hand from the seeds.
 */
class UserRulesCorpusTest {
    static final Path USER_RULES = Expectations.ROOT.getParent().resolve("docs/user-rules");

    @Test
    void theExampleUserRuleAddsItsChecksAndChangesNothingElse() throws Exception {
        Auditor builtIn = Auditor.standard(RuleBase.builtIn());
        Auditor withUserRule = Auditor.standard(RuleBase.withUserRules(USER_RULES));
        Map<String, List<Check>> prov = new TreeMap<>();
        for (Expectations e : Expectations.all()) {
            FileResult before = builtIn.audit(e.seed()), after = withUserRule.audit(e.seed());
            assertThat(after.checks().stream().filter(c -> !c.family().equals("PROV")).toList())
                    .as("built-in checks of %s", e.file()).isEqualTo(before.checks());
            prov.put(e.file().substring(0, 3), after.checks().stream().filter(c -> c.family().equals("PROV")).toList());
        }
        // 000: 公用经费支出471.43 (l.80) and 机关运行经费支出471.43 (l.112) agree
        assertThat(prov.get("000")).singleElement().satisfies(c -> {
            assertThat(c.passed()).isTrue();
            assertThat(c.statedValues()).containsExactly("471.43", "471.43");
            assertThat(lines(c)).containsExactly(112, 80);
        });
        // 001: 公用经费599.34 (l.167) and 机关运行经费支出599.34 (l.203) agree
        assertThat(prov.get("001")).singleElement().satisfies(c -> {
            assertThat(c.passed()).isTrue();
            assertThat(lines(c)).containsExactly(203, 167);
        });
        // 004: 机关运行经费支出195.65 (l.161) against 日常公用经费176.94 (l.127): 195.65 − 176.94 = 18.71
        assertThat(prov.get("004")).singleElement().satisfies(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.ruleId()).isEqualTo("PROV-001");
            assertThat(c.severity()).isEqualTo(Severity.WARNING);
            assertThat(c.statedValues()).containsExactly("195.65", "176.94");
            assertThat(lines(c)).containsExactly(161, 127);
            assertThat(c.difference()).isEqualByComparingTo("18.71");
            assertThat(c.message()).contains("18.71万元");
        });
        // 002 (a budget) and 003 (a self-evaluation) state no 机关运行经费
        assertThat(prov.get("002")).isEmpty();
        assertThat(prov.get("003")).isEmpty();
    }

    private static List<Integer> lines(Check c) { return c.locations().stream().map(Location::line).toList(); }
}
