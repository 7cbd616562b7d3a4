package org.auditor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A year-over-year claim: "…X万元，比上年增加A万元，增长B%". {@code prior}, {@code delta} and
 * {@code percent} are each optional; the delta and percent are printed unsigned, their sign comes from
 * the direction word.
 */
public record Change(String id, Quantity current, Quantity prior, Quantity delta, Quantity percent,
                     Direction direction, String directionWord) implements Claim {
    @Override public Location location() { return (delta != null ? delta : percent != null ? percent : current).location(); }

    @Override public List<Quantity> quantities() {
        List<Quantity> all = new ArrayList<>();
        for (Quantity q : new Quantity[] {current, prior, delta, percent}) if (q != null) all.add(q);
        return all;
    }

    public boolean hasPrior() { return prior != null; }

    public boolean hasDelta() { return delta != null; }

    public boolean hasPercent() { return percent != null; }

    public boolean hasCurrent() { return current != null; }
}
