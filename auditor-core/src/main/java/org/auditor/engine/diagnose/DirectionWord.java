package org.auditor.engine.diagnose;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Change;
import org.auditor.model.Claim;
import org.auditor.model.Diagnosis;
import org.auditor.model.Direction;
import org.auditor.model.Quantity;
import org.auditor.model.Rate;
import org.auditor.parse.Vocabulary;

/**
 * The direction word is the wrong one: 增加 written for a decrease, 大于 for 小于. Tried on the direction
 * and comparison relations, and on a change rate whose prior year is implied by the current value and
 * the change (增加 puts the prior below the current, 减少 above it).
 */
public final class DirectionWord implements Explanation {
    private final Vocabulary vocabulary;

    public DirectionWord(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    @Override public List<Diagnosis> explain(Case c) {
        Recheck r = c.recheck();
        List<Diagnosis> out = new ArrayList<>();
        if (r == null) return out;
        Claim claim = r.claim();
        switch (r.relation()) {
            case CHANGE_DIRECTION -> {
                Change ch = (Change) claim;
                for (Direction d : Direction.values())
                    if (d != ch.direction()) flip(c, r, claim, ch.directionWord(), d, vocabulary.directionWord(d), ch.current(), 0.9, out);
            }
            case RATE_COMPARISON -> {
                Rate t = (Rate) claim;
                for (Direction d : Direction.values())
                    if (d != t.comparison()) flip(c, r, claim, t.comparisonWord(), d, vocabulary.comparisonWord(d), t.actual(), 0.9, out);
            }
            case CHANGE_PERCENT -> {
                Change ch = (Change) claim;
                if (ch.prior() != null || ch.delta() == null || ch.direction() == null || ch.direction() == Direction.FLAT) break;
                Direction d = ch.direction() == Direction.UP ? Direction.DOWN : Direction.UP;
                flip(c, r, claim, ch.directionWord(), d, vocabulary.directionWord(d), ch.delta(), 0.85, out);
            }
            default -> { }
        }
        return out;
    }

    private static void flip(Case c, Recheck r, Claim claim, String printed, Direction d, String word, Quantity subject, double score,
                             List<Diagnosis> out) {
        if (word == null || !Recheck.holds(r.on(Claims.withDirection(claim, d, word)))) return;
        String why = String.format("文中“%s”与数值不符，改为“%s”后该项核对成立：增减方向疑写反", printed, word);
        out.add(new Diagnosis(Diagnosis.Kind.DIRECTION, why, subject, word, List.of(subject), score));
    }
}
