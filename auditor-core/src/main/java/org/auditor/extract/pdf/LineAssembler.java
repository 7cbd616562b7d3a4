package org.auditor.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.auditor.extract.Normalizer;
import org.auditor.model.Location;

/**
 * Turns a page's glyphs into text lines: glyphs sharing a baseline form a row, read left to right; the
 * horizontal gap between neighbours decides what separates them. Thresholds are in em of the larger
 * glyph and were measured on the real reports: inter-word gaps (spaces, justification) stay below
 * 0.6 em, gaps between table cells are 0.9 em and more. A vertical ruling between two glyphs (a cell
 * border) separates them whatever the gap.
 */
final class LineAssembler {
    /**
     * Gap thresholds in em. {@code column}: at or above it two glyphs are in different columns or table
     * cells, a TAB. {@code number}: two digits further apart are two numbers (adjacent cells), never one.
     * {@code word}: a space. {@code cjkWord}: a space between two CJK characters (justified CJK text
     * spreads its characters; a space there means nothing).
     */
    record Spacing(float column, float number, float word, float cjkWord) {
        /** Measured on the real reports' text layers. */
        static final Spacing TEXT_LAYER = new Spacing(0.8f, 0.2f, 0.1f, 0.4f);
        /** OCR boxes hug the ink, which is narrower than a character's advance: gaps look wider. */
        static final Spacing OCR = new Spacing(1.5f, 0.3f, 0.25f, 1.0f);
    }

    /** Glyphs whose baselines differ by less than this are on the same line (uneven runs, cell centring). */
    static final float BASELINE_TOLERANCE_EM = 0.3f;

    enum Gap { NONE, WORD, COLUMN }

    /** Glyphs on one baseline, left to right. */
    record Row(List<Glyph> glyphs, float baseline) {
        Row {
            glyphs = List.copyOf(glyphs);
        }

        float left() { return glyphs.get(0).x(); }

        float right() {
            float r = Float.NEGATIVE_INFINITY;
            for (Glyph g : glyphs) r = Math.max(r, g.right());
            return r;
        }
    }

    private final VerticalRules rules;
    private final Spacing spacing;

    LineAssembler(VerticalRules rules, Spacing spacing) {
        this.rules = rules;
        this.spacing = spacing;
    }

    /** Groups glyphs into rows by baseline, top to bottom, each row sorted by x. */
    static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Row> rows = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph first = null; // the row's reference: comparing with the first glyph keeps rows from drifting
        for (Glyph g : sorted) {
            if (first != null && Math.abs(g.baseline() - first.baseline())
                    > BASELINE_TOLERANCE_EM * Math.min(g.em(), first.em())) {
                rows.add(row(current));
                current = new ArrayList<>();
                first = null;
            }
            if (first == null) first = g;
            current.add(g);
        }
        if (!current.isEmpty()) rows.add(row(current));
        return rows;
    }

    private static Row row(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float sum = 0;
        for (Glyph g : glyphs) sum += g.baseline();
        return new Row(glyphs, sum / glyphs.size());
    }

    /** What separates glyph {@code a} from its right neighbour {@code b}. */
    Gap gap(Glyph a, Glyph b) {
        float gap = b.x() - a.right();
        float em = Math.max(a.em(), b.em());
        if (gap >= spacing.column() * em || rules.between(a, b)) return Gap.COLUMN;
        // digits closer than this are one number (split runs, character spacing); further apart, two cells
        if (endsNumber(a) && startsNumber(b)) return gap > spacing.number() * em ? Gap.COLUMN : Gap.NONE;
        boolean cjk = Normalizer.isCjk(last(a)) && Normalizer.isCjk(b.text().charAt(0));
        return gap > (cjk ? spacing.cjkWord() : spacing.word()) * em ? Gap.WORD : Gap.NONE;
    }

    /** The glyph runs of a row separated by column gaps (table cells, columns). */
    List<List<Glyph>> runs(List<Glyph> row) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : row) {
            if (!run.isEmpty() && gap(run.get(run.size() - 1), g) == Gap.COLUMN) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
        }
        if (!run.isEmpty()) runs.add(run);
        return runs;
    }

    /** The text of glyphs sorted by x, a TAB at column gaps and a space at word gaps, with positions. */
    RawLine line(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        float[] xs = new float[16];
        int n = 0;
        float left = Float.POSITIVE_INFINITY, right = Float.NEGATIVE_INFINITY;
        float top = Float.POSITIVE_INFINITY, bottom = Float.NEGATIVE_INFINITY;
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null) {
                Gap gap = gap(prev, g);
                if (gap != Gap.NONE) {
                    if (n == xs.length) xs = java.util.Arrays.copyOf(xs, n * 2);
                    text.append(gap == Gap.COLUMN ? '\t' : ' ');
                    xs[n++] = prev.right();
                }
            }
            String t = g.text();
            for (int k = 0; k < t.length(); k++) {
                if (n == xs.length) xs = java.util.Arrays.copyOf(xs, n * 2);
                text.append(t.charAt(k));
                xs[n++] = g.x() + g.width() * k / t.length(); // a ligature's characters share its width
            }
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            prev = g;
        }
        return new RawLine(text.toString(), java.util.Arrays.copyOf(xs, n),
                new Location.Box(left, top, Math.max(0f, right - left), bottom - top));
    }

    private static char last(Glyph g) { return g.text().charAt(g.text().length() - 1); }

    private static boolean endsNumber(Glyph g) {
        char c = last(g);
        return isDigit(c) || c == '.' || c == '%';
    }

    private static boolean startsNumber(Glyph g) { return isDigit(g.text().charAt(0)); }

    private static boolean isDigit(char c) { return (c >= '0' && c <= '9') || (c >= '０' && c <= '９'); }
}
