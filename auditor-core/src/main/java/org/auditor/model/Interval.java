package org.auditor.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** A closed interval of real values: what a printed, rounded number can stand for. */
public record Interval(BigDecimal lo, BigDecimal hi) {
    public static final MathContext MC = MathContext.DECIMAL64;

    public Interval {
        if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }

    public static Interval exact(BigDecimal v) { return new Interval(v, v); }

    public static Interval of(long v) { return exact(BigDecimal.valueOf(v)); }

    public Interval plus(Interval o) { return new Interval(lo.add(o.lo), hi.add(o.hi)); }

    public Interval minus(Interval o) { return new Interval(lo.subtract(o.hi), hi.subtract(o.lo)); }

    public Interval times(BigDecimal k) {
        BigDecimal a = lo.multiply(k), b = hi.multiply(k);
        return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
    }

    /** Quotient; the divisor must not contain zero. */
    public Interval dividedBy(Interval d) {
        if (d.contains(BigDecimal.ZERO)) throw new ArithmeticException("divisor interval contains zero: " + d);
        BigDecimal[] c = {lo.divide(d.lo, MC), lo.divide(d.hi, MC), hi.divide(d.lo, MC), hi.divide(d.hi, MC)};
        BigDecimal min = c[0], max = c[0];
        for (BigDecimal x : c) { min = min.min(x); max = max.max(x); }
        return new Interval(min, max);
    }

    public boolean contains(BigDecimal v) { return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0; }

    public boolean overlaps(Interval o) { return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0; }

    public BigDecimal mid() { return lo.add(hi).divide(BigDecimal.valueOf(2), MC); }

    /** Distance between the two intervals, zero when they overlap. */
    public BigDecimal gap(Interval o) {
        if (overlaps(o)) return BigDecimal.ZERO;
        return lo.compareTo(o.hi) > 0 ? lo.subtract(o.hi) : o.lo.subtract(hi);
    }

    @Override public String toString() { return "[" + lo.toPlainString() + ", " + hi.toPlainString() + "]"; }
}
