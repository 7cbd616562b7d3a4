package org.auditor.engine.diagnose;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.auditor.model.Quantity;

/** How explanations name numbers and places. */
final class Texts {
    private Texts() {}

    /** The label the report gives the number, or a neutral word. */
    static String name(Quantity q) { return q.label() == null || q.label().isBlank() ? "数值" : q.label(); }

    /** "第3页第12行" or "第12行". */
    static String where(Quantity q) {
        return (q.location().page() > 0 ? "第" + q.location().page() + "页" : "") + "第" + q.location().line() + "行";
    }

    /** "基本支出 2575.49万元（第55行）". */
    static String cite(Quantity q) { return name(q) + " " + q.display() + "（" + where(q) + "）"; }

    /** A value with at least {@code decimals} decimals and no exponent. */
    static String plain(BigDecimal v, int decimals) {
        BigDecimal s = v.setScale(Math.max(decimals, Math.max(0, v.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
        return s.toPlainString();
    }
}
