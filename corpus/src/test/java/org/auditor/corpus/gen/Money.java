package org.auditor.corpus.gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Amounts in whole cents of 万元 (0.01万元), so every generated sum is exact; and how they are printed. */
final class Money {
    private Money() {}

    /** "1234.56": the way every amount in the generated reports is printed (万元, two decimals). */
    static String text(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** part / base as a percentage printed with two decimals, rounded half up as the template does. */
    static String percent(long part, long base) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A random amount in [lo, hi) cents. */
    static long between(Random r, long lo, long hi) {
        return lo + (long) (r.nextDouble() * (hi - lo));
    }

    /** Splits {@code total} into {@code n} positive parts with random weights; the parts add up exactly. */
    static List<Long> split(Random r, long total, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += (w[i] = 0.2 + r.nextDouble());
        List<Long> parts = new ArrayList<>();
        long left = total;
        for (int i = 0; i < n - 1; i++) {
            long p = Math.max(1, Math.round(total * w[i] / sum));
            parts.add(p);
            left -= p;
        }
        parts.add(left);
        return parts;
    }

    /** A prior-year value within ±15 % of {@code current}, never equal to it. */
    static long prior(Random r, long current) {
        long p = Math.round(current * (0.85 + 0.3 * r.nextDouble()));
        return p == current ? p + 37 : p;
    }
}
