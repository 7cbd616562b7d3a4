package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Change;
import org.auditor.model.Claim;
import org.auditor.model.Diagnosis;
import org.auditor.model.Direction;
import org.auditor.model.Interval;
import org.auditor.model.Quantity;

/**
 * Last year's figure written as this year's: of two statements of one figure, one equals the prior-year
 * value that a year-over-year sentence about the same figure prints or implies (current ∓ change).
 */
public final class PriorAsCurrent implements Explanation {
    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        List<Diagnosis> out = new ArrayList<>();
        if (r == null || r.relation() != Recheck.Relation.RESTATEMENT) return out;
        List<Quantity> two = r.statements();
        for (int i = 0; i < 2; i++) {
            Quantity current = two.get(i), suspect = two.get(1 - i);
            if (current.concept() == null) continue;
            for (Claim claim : c.report().claims()) {
                if (!(claim instanceof Change ch) || ch.current() == null || ch.current().concept() == null) continue;
                if (!ch.current().concept().key().equals(current.concept().key())) continue;
                Interval prior = prior(ch);
                if (prior == null || !suspect.interval().overlaps(prior) || suspect.interval().overlaps(ch.current().interval())) continue;
                String why = String.format("%s %s（%s）恰为上年数（%s：本年 %s%s）：此处疑误用了上年数，本年应为 %s", Texts.name(suspect),
                        suspect.display(), Texts.where(suspect), Texts.where(ch.current()), ch.current().display(), change(ch),
                        current.display());
                out.add(new Diagnosis(Diagnosis.Kind.PRIOR_AS_CURRENT, why, suspect, current.display(),
                        List.of(suspect, ch.current()), 0.75));
                break;
            }
        }
        return out;
    }

    /** The prior-year value a change prints, or implies from the current value and the change amount. */
    private static Interval prior(Change ch) {
        if (ch.prior() != null) return ch.prior().interval();
        if (ch.delta() == null || ch.direction() == null) return null;
        if (ch.direction() == Direction.UP) {
            Interval p = ch.current().interval().minus(ch.delta().interval());
            return p.hi().signum() > 0 ? p : null;
        }
        if (ch.direction() == Direction.DOWN) return ch.current().interval().plus(ch.delta().interval());
        return ch.current().interval();
    }

    private static String change(Change ch) {
        if (ch.prior() != null) return "，上年 " + ch.prior().display();
        return "，" + (ch.directionWord() == null ? "变动" : ch.directionWord()) + " " + ch.delta().display();
    }
}
