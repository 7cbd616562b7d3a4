package org.auditor.engine.diagnose;

import java.math.BigDecimal;
import java.util.List;

import org.auditor.model.Breakdown;
import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;

/**
 * A note on a passed check: a total that differs from the sum of its printed parts (or shares that add up
 * to 99.99 or 100.01) and holds only because each part was rounded on its own.
 */
public final class RoundingNote implements Explanation {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        if (!c.check().passed() || r == null) return List.of();
        if (r.relation() == Recheck.Relation.SUM) {
            Breakdown b = (Breakdown) r.claim();
            BigDecimal parts = BigDecimal.ZERO;
            for (Quantity p : b.parts()) parts = parts.add(p.value());
            BigDecimal diff = b.total().value().subtract(parts);
            if (diff.signum() == 0) return List.of();
            int d = Math.max(2, b.total().number().decimals());
            String why = String.format("明细合计 %s 与%s %s 相差 %s，在各数分别四舍五入的误差之内", Texts.plain(parts, d), Texts.name(b.total()),
                    Texts.plain(b.total().value(), d), Texts.plain(diff.abs(), 0));
            return List.of(new Diagnosis(Diagnosis.Kind.ROUNDING, why, null, null, List.of(b.total()), 0));
        }
        if (r.relation() == Recheck.Relation.SHARES_TOTAL) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Quantity p : c.check().involved()) sum = sum.add(p.value());
            if (sum.compareTo(HUNDRED) == 0) return List.of();
            String why = String.format("各项占比合计 %s%%，与 100%% 相差 %s 个百分点，系各项分别四舍五入所致", sum.toPlainString(),
                    sum.subtract(HUNDRED).abs().toPlainString());
            return List.of(new Diagnosis(Diagnosis.Kind.ROUNDING, why, null, null, c.check().involved(), 0));
        }
        return List.of();
    }
}
