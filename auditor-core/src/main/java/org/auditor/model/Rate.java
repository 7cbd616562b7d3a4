package org.auditor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A completion or execution rate: actual / budget, stated as {@code percent}; optionally a comparison
 * word ("决算数大于年初预算数") that must agree with the two amounts.
 */
public record Rate(String id, Quantity actual, Quantity budget, Quantity percent, Direction comparison,
                   String comparisonWord) implements Claim {
    @Override public Location location() { return (percent != null ? percent : actual).location(); }

    @Override public List<Quantity> quantities() {
        List<Quantity> all = new ArrayList<>();
        for (Quantity q : new Quantity[] {actual, budget, percent}) if (q != null) all.add(q);
        return all;
    }

    public boolean hasPercent() { return percent != null; }

    public boolean hasComparison() { return comparison != null; }
}
