package org.auditor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Check;
import org.auditor.model.Location;
import org.auditor.model.Quantity;
import org.auditor.model.Severity;

/**
 * One fault, one finding. A wrong number that a report restates several times (a 总计 printed as 0.3 against
 * 2940.05 in the narrative, in 02 and in 04) fails the same rule once per restatement. Those findings share
 * the wrong number's printed place and state the same values; the first (in report order) stays, the others
 * stay in the output as INFO pointing at it, so the fault is counted once and the work is still shown.
 */
final class Restatements {
    private Restatements() {}

    static List<Check> collapse(List<Check> ordered) {
        Map<String, List<Check>> kept = new HashMap<>();
        List<Check> out = new ArrayList<>(ordered.size());
        for (Check c : ordered) {
            if (c.passed() || c.severity() == Severity.INFO) { out.add(c); continue; }
            String key = c.ruleId() + "|" + String.join("|", c.involved().stream().map(Quantity::display).toList());
            List<Check> same = kept.computeIfAbsent(key, k -> new ArrayList<>());
            Check first = same.stream().filter(k -> sharesAPrintedNumber(k, c)).findFirst().orElse(null);
            if (first == null) { same.add(c); out.add(c); continue; }
            Location at = first.involved().get(0).location();
            out.add(new Check(c.ruleId(), c.family(), Severity.INFO, false, c.relation(),
                    c.message() + "（同一问题已在" + where(at) + "报告）", c.involved(), c.expected(), c.difference(), c.claimId()));
        }
        return out;
    }

    private static boolean sharesAPrintedNumber(Check a, Check b) {
        for (Quantity q : a.involved()) for (Quantity r : b.involved()) if (q.location().equals(r.location())) return true;
        return false;
    }

    private static String where(Location l) { return (l.page() > 0 ? "第" + l.page() + "页" : "") + "第" + l.line() + "行"; }
}
