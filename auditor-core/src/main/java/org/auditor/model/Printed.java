package org.auditor.model;

import java.math.BigDecimal;

/**
 * A number exactly as the report printed it. Its precision is the number of printed decimals; the
 * rounding model ({@link #interval()}) turns it into the set of true values it may stand for.
 */
public record Printed(String text, BigDecimal value, int decimals) {

    public static Printed parse(String text) {
        BigDecimal v = new BigDecimal(text);
        return new Printed(text, v, Math.max(0, v.scale()));
    }

    public static Printed of(String text) { return parse(text); }

    /** One unit of the last printed digit. */
    public BigDecimal ulp() { return BigDecimal.ONE.movePointLeft(decimals); }

    /**
     * The one rounding model: a printed value v with d decimals stands for any true value that rounds
     * half-up to v, or that was truncated to v (real reports do both): [v − ½·10^−d, v + 10^−d] for
     * v ≥ 0, mirrored for negatives. Printed non-negative numbers never stand for negative values.
     */
    public Interval interval() {
        BigDecimal half = ulp().divide(BigDecimal.valueOf(2));
        if (value.signum() >= 0) return new Interval(value.subtract(half).max(BigDecimal.ZERO), value.add(ulp()));
        return new Interval(value.subtract(ulp()), value.add(half).min(BigDecimal.ZERO));
    }

    public boolean isZero() { return value.signum() == 0; }

    @Override public String toString() { return text; }
}
