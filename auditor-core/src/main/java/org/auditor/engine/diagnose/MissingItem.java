package org.auditor.engine.diagnose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Breakdown;
import org.auditor.model.Diagnosis;
import org.auditor.model.Interval;
import org.auditor.model.Quantity;

/**
 * An item left out: the total exceeds its parts, or two statements of one figure differ, by exactly an
 * amount printed elsewhere in the report (the same section first) that is not a year-over-year change. For a sum the amount is added to the
 * parts and the sum re-evaluated; for two statements the gap between their rounding intervals must meet
 * the amount's.
 */
public final class MissingItem implements Explanation {
    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        if (r == null) return List.of();
        if (r.relation() == Recheck.Relation.SUM) {
            Breakdown b = (Breakdown) r.claim();
            List<Diagnosis> out = new ArrayList<>();
            for (Quantity y : c.nearestByValue(b.total(), b.total(), b.quantities())) {
                if (c.isChangeAmount(y)) continue;
                // an amount equal to a listed part is a part counted twice: DoubledItem's case
                if (b.parts().stream().anyMatch(p -> p.value().compareTo(y.value()) == 0)) continue;
                List<Quantity> parts = new ArrayList<>(b.parts());
                parts.add(y);
                if (!Recheck.holds(r.on(Claims.withParts(b, parts)))) continue;
                String why = String.format("明细合计比%s %s 少 %s，恰为%s：明细疑漏列该项", Texts.name(b.total()), b.total().display(),
                        y.display(), Texts.cite(y));
                BigDecimal gap = b.total().value().subtract(sum(b.parts()));
                out.add(new Diagnosis(Diagnosis.Kind.MISSING_ITEM, why, null, y.display(), List.of(y, b.total()),
                        0.5 + 0.1 * Case.affinity(b.total(), y) - Case.misfitPenalty(units(gap, y, b.total()))));
            }
            return out;
        }
        if (r.relation() == Recheck.Relation.RESTATEMENT) {
            Quantity a = r.statements().get(0), b = r.statements().get(1);
            Interval gap = a.interval().minus(b.interval());
            List<Diagnosis> out = new ArrayList<>();
            for (Quantity y : c.nearestByValue(a, a, r.statements())) {
                if (c.isChangeAmount(y)) continue;
                if (!gap.overlaps(y.interval()) && !gap.overlaps(y.interval().times(BigDecimal.ONE.negate()))) continue;
                String why = String.format("两处相差 %s，恰为%s：一处疑包含该项而另一处未含", y.display(), Texts.cite(y));
                BigDecimal diff = a.value().subtract(b.value());
                Quantity finer = a.number().decimals() >= b.number().decimals() ? a : b;
                out.add(new Diagnosis(Diagnosis.Kind.MISSING_ITEM, why, null, y.display(), List.of(y, a, b),
                        0.5 + 0.1 * Math.max(Case.affinity(a, y), Case.affinity(b, y)) - Case.misfitPenalty(units(diff, y, finer))));
            }
            return out;
        }
        return List.of();
    }

    private static BigDecimal sum(List<Quantity> qs) {
        BigDecimal s = BigDecimal.ZERO;
        for (Quantity q : qs) s = s.add(q.value());
        return s;
    }

    /** How many units of {@code ref}'s last printed digit the amount misses the gap by (point values, in 万元). */
    private static double units(BigDecimal gap, Quantity y, Quantity ref) {
        BigDecimal ulp = ref.number().ulp().multiply(ref.unit() == null ? BigDecimal.ONE : ref.unit().toWan());
        return gap.abs().subtract(y.value()).abs().divide(ulp, MathContext.DECIMAL64).doubleValue();
    }
}
