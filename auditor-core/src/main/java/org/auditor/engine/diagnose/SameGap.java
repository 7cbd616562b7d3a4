package org.auditor.engine.diagnose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.auditor.engine.Relations;
import org.auditor.model.Breakdown;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.Interval;
import org.auditor.model.Quantity;

/**
 * Two findings with the same gap: a sum and a restatement (or two of either) that miss by the same amount
 * on different numbers are most likely one fault seen twice, e.g. a class total taken from one figure
 * while its items add up to another.
 */
public final class SameGap implements Explanation {
    /**
     * The search pairs every finding with every other: in a document with more findings than this, equal gaps
     * are as likely coincidence as cause, and the pairing would cost more than the whole audit.
     */
    static final int MAX_FINDINGS = 200;

    @Override public List<Diagnosis> explain(Case c) {
        List<Diagnosis> out = new ArrayList<>();
        if (c.otherFindings().size() > MAX_FINDINGS) return out;
        Interval gap = gap(c.recheck());
        if (gap == null) return out;
        for (Check o : c.otherFindings()) {
            // findings that share a number are the same statement compared twice, not a second sighting
            if (o.involved().stream().anyMatch(c.check().involved()::contains)) continue;
            Interval other = gap(c.recheckOf(o));
            if (other == null || !(gap.overlaps(other) || gap.overlaps(other.times(BigDecimal.ONE.negate())))) continue;
            String why = String.format("差额 %s 与另一处不符（%s %s：%s）的差额相同：两处不符疑出自同一原因", size(c.check(), gap),
                    o.ruleId(), Texts.where(o.involved().get(0)), o.message());
            out.add(new Diagnosis(Diagnosis.Kind.SAME_GAP, why, null, null, o.involved().size() > 2 ? o.involved().subList(0, 2) : o.involved(),
                    0.4));
        }
        return out;
    }

    /** The gap as the finding states it (its difference), else the middle of the interval. */
    private static String size(Check c, Interval gap) {
        return c.difference() != null ? Texts.plain(c.difference().abs(), 2) : Texts.plain(gap.mid().abs(), 2);
    }

    /** What a sum or a restatement misses by, as an interval; null for other relations. */
    static Interval gap(Recheck r) {
        if (r == null) return null;
        if (r.relation() == Recheck.Relation.SUM) {
            Breakdown b = (Breakdown) r.claim();
            return b.total().interval().minus(Relations.sumOf(b.parts()));
        }
        if (r.relation() == Recheck.Relation.RESTATEMENT) {
            List<Quantity> two = r.statements();
            return two.get(0).interval().minus(two.get(1).interval());
        }
        return null;
    }
}
