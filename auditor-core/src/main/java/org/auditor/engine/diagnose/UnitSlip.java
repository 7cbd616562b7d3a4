package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.auditor.engine.Relations;
import org.auditor.model.Breakdown;
import org.auditor.model.Diagnosis;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Quantity;

/**
 * One amount written in the wrong currency unit (元 for 万元 or the reverse, a factor of 10⁴). For a sum
 * this is exactly what rule UNIT-001 finds ({@link Relations#unitSlipReading}), so the two say the same;
 * for other relations each amount is read in the other unit in turn.
 */
public final class UnitSlip implements Explanation {
    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        List<Diagnosis> out = new ArrayList<>();
        if (r == null) return out;
        if (r.relation() == Recheck.Relation.SUM) {
            Breakdown b = (Breakdown) r.claim();
            Relations.UnitReading u = Relations.unitSlipReading(b);
            if (u != null) out.add(diagnosis(c, u.printed(), u.meant(),
                    "按" + u.meant().unit().label() + "计，" + Texts.name(b.total()) + " " + b.total().display() + "的明细合计恰好成立"));
            return out;
        }
        for (Quantity q : new LinkedHashSet<>(c.check().involved()))
            for (Quantity m : Relations.otherUnitReadings(q))
                if (c.holdsWith(q, m)) out.add(diagnosis(c, q, m, "按" + m.unit().label() + "计，该项核对成立"));
        return out;
    }

    private static Diagnosis diagnosis(Case c, Quantity printed, Quantity meant, String holds) {
        Case.Support s = c.support(printed, meant);
        String why = String.format("%s %s（%s）疑为 %s 之误（元与万元混用，相差一万倍）：%s%s", Texts.name(printed), printed.display(),
                Texts.where(printed), meant.display(), holds, s.describe());
        // 万元 is the unit these reports state amounts in: a stray 元 is the likelier slip
        double usual = meant.unit() == MoneyUnit.WAN_YUAN ? 0.1 : 0;
        return new Diagnosis(Diagnosis.Kind.UNIT_SLIP, why, printed, meant.display(), List.of(printed), 1.0 + usual - c.misfitWith(printed, meant) + s.weight());
    }
}
