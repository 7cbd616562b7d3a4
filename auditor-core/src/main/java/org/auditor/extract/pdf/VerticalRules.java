package org.auditor.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The vertical lines drawn on a page (table rulings, cell borders), in display space. A ruling between
 * two glyphs separates two table cells however close the glyphs are.
 */
final class VerticalRules {
    static final VerticalRules NONE = new VerticalRules(new float[0], new float[0], new float[0]);

    /** x of each rule, ascending, with its vertical extent. */
    private final float[] xs, tops, bottoms;

    private VerticalRules(float[] xs, float[] tops, float[] bottoms) {
        this.xs = xs;
        this.tops = tops;
        this.bottoms = bottoms;
    }

    /** Whether a rule stands between the centres of {@code a} and {@code b} (a left of b) at their height. */
    boolean between(Glyph a, Glyph b) {
        if (xs.length == 0) return false;
        float from = a.x() + a.width() / 2, to = b.x() + b.width() / 2;
        float y = (Math.min(a.top(), b.top()) + Math.max(a.bottom(), b.bottom())) / 2;
        int i = Arrays.binarySearch(xs, from);
        for (int k = i < 0 ? -i - 1 : i; k < xs.length && xs[k] < to; k++) {
            if (xs[k] > from && tops[k] <= y && bottoms[k] >= y) return true;
        }
        return false;
    }

    /** Collects rules as segments and thin rectangles arrive, then sorts them. */
    static final class Builder {
        /** A vertical rule is at most this wide and at least this tall (points). */
        static final float MAX_WIDTH = 2.5f, MIN_HEIGHT = 3f;
        private final List<float[]> rules = new ArrayList<>();

        /** A stroked segment; kept when vertical. */
        void segment(float x0, float y0, float x1, float y1) {
            if (Math.abs(x1 - x0) <= 1f && Math.abs(y1 - y0) >= MIN_HEIGHT) {
                rules.add(new float[] {(x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)});
            }
        }

        /** A filled shape's bounding box; kept when it is a thin vertical bar. */
        void filled(float left, float top, float right, float bottom) {
            if (right - left <= MAX_WIDTH && bottom - top >= MIN_HEIGHT) rules.add(new float[] {(left + right) / 2, top, bottom});
        }

        VerticalRules build() {
            if (rules.isEmpty()) return NONE;
            rules.sort((p, q) -> Float.compare(p[0], q[0]));
            float[] x = new float[rules.size()], t = new float[rules.size()], b = new float[rules.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rules.get(i)[0];
                t[i] = rules.get(i)[1];
                b[i] = rules.get(i)[2];
            }
            return new VerticalRules(x, t, b);
        }
    }
}
