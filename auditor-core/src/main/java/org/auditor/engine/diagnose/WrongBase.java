package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.List;

import org.auditor.engine.Outcome;
import org.auditor.engine.Relations;
import org.auditor.model.Change;
import org.auditor.model.Diagnosis;
import org.auditor.model.Quantity;
import org.auditor.model.Rate;
import org.auditor.model.Share;

/**
 * A percentage computed on another base than the one the text names: another amount printed in the report
 * for which the stated share or rate is right, searched in the same section first, then the neighbouring
 * ones, then the whole report; for a change rate, the current year's value instead of the prior year's.
 */
public final class WrongBase implements Explanation {
    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        if (r == null) return List.of();
        return switch (r.relation()) {
            case SHARE -> {
                Share s = (Share) r.claim();
                yield search(c, r, s.base(), s.part(), s.percent(), "占比");
            }
            case RATE -> {
                Rate t = (Rate) r.claim();
                yield search(c, r, t.budget(), t.actual(), t.percent(), "完成率");
            }
            case CHANGE_PERCENT -> changeOnCurrent(c, (Change) r.claim());
            default -> List.of();
        };
    }

    private static List<Diagnosis> search(Case c, Recheck r, Quantity base, Quantity part, Quantity percent, String what) {
        if (base == null || part == null || percent == null || base.equals(part)) return List.of();
        // one candidate per printed value: the one nearest the sentence that states the percentage
        List<Diagnosis> out = new ArrayList<>();
        for (Quantity b : c.nearestByValue(base, percent, List.of(part))) {
            if (!r.holdsWith(base, b)) continue;
            String why = String.format("%s %s%% 是 %s %s 占 %s 的比例，而不是占 %s %s 的比例：基数疑用错", what, percent.text(), Texts.name(part),
                    part.display(), Texts.cite(b), Texts.name(base), base.display());
            double score = 0.5 + 0.1 * Case.affinity(percent, b) - Case.misfitPenalty(r.misfit(Claims.replacing(base, b)));
            out.add(new Diagnosis(Diagnosis.Kind.WRONG_BASE, why, percent, b.display(), List.of(percent, b, part, base), score));
        }
        return out;
    }

    /** "增长 X%" worked out as change / current instead of change / prior. */
    private static List<Diagnosis> changeOnCurrent(Case c, Change ch) {
        if (ch.delta() == null || ch.current() == null || ch.percent() == null || ch.current().isZero()) return List.of();
        Outcome o = Relations.share(new Share(ch.id(), ch.delta(), ch.current(), ch.percent(), null));
        if (o == null || !o.passed()) return List.of();
        String why = String.format("变动率 %s%% 是变动额 %s 占本年数 %s 的比例，而不是占上年数的比例：基数疑用错", ch.percent().text(),
                ch.delta().display(), Texts.cite(ch.current()));
        return List.of(new Diagnosis(Diagnosis.Kind.WRONG_BASE, why, ch.percent(), ch.current().display(),
                List.of(ch.percent(), ch.current(), ch.delta()), 0.7));
    }
}
