package org.auditor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A score and what it is made of. Either deductions from a full mark ("得分94分…扣分明细为：A扣5分，
 * B扣1分": full − Σ deductions = total) or item scores that add up to a section or grand total.
 */
public record ScoreLine(String id, Kind kind, Quantity total, Quantity full, List<Quantity> items) implements Claim {
    /** CAP: a score table row's 得分 ({@code total}) may not exceed its 分值 ({@code full}). */
    public enum Kind { DEDUCTIONS, ITEMS, CAP }

    public ScoreLine { items = List.copyOf(items); }

    @Override public Location location() { return total.location(); }

    @Override public List<Quantity> quantities() {
        List<Quantity> all = new ArrayList<>();
        all.add(total);
        if (full != null) all.add(full);
        all.addAll(items);
        return all;
    }
}
