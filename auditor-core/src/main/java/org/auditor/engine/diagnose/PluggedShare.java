package org.auditor.engine.diagnose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.auditor.model.Claim;
import org.auditor.model.Diagnosis;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.Share;

/**
 * A share adjusted so that the list adds up to exactly 100%: the printed shares of the breakdown sum to
 * 100, the correctly rounded value of this one holds, and with it the list would sum to 99.99 or 100.01
 * (which the rounding model accepts anyway).
 */
public final class PluggedShare implements Explanation {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        if (r == null || r.relation() != Recheck.Relation.SHARE || c.check().expected() == null) return List.of();
        Share s = (Share) r.claim();
        if (s.group() == null) return List.of();
        BigDecimal printedSum = BigDecimal.ZERO;
        int n = 0;
        for (Claim claim : c.report().claims())
            if (claim instanceof Share o && s.group().equals(o.group())) { printedSum = printedSum.add(o.percent().value()); n++; }
        if (n < 2 || printedSum.compareTo(HUNDRED) != 0) return List.of();
        Quantity pct = s.percent();
        BigDecimal right = c.check().expected().setScale(pct.number().decimals(), RoundingMode.HALF_UP);
        if (right.compareTo(pct.value()) == 0) return List.of();
        Quantity meant = pct.withNumber(Printed.parse(right.toPlainString()));
        if (!c.holdsWith(pct, meant)) return List.of();
        BigDecimal honestSum = printedSum.subtract(pct.value()).add(right);
        if (honestSum.compareTo(HUNDRED) == 0) return List.of();
        String why = String.format("%s 占 %s 应为 %s，文中写作 %s：各项占比之和恰为 100%%，按正确值则为 %s%%（四舍五入所致，本无须调整），此项疑为凑足 100%% 而改动",
                Texts.cite(s.part()), s.base().display(), meant.display(), pct.display(), honestSum.toPlainString());
        return List.of(new Diagnosis(Diagnosis.Kind.PLUGGED_SHARE, why, pct, meant.display(), List.of(pct, s.part(), s.base()), 0.75));
    }
}
