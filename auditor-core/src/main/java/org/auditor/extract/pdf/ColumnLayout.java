package org.auditor.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reading order of a page's rows. A page set in two columns has a vertical gutter, free of text, that
 * runs down the middle of the body; its left column is read before its right one. Rows that cross the
 * gutter (a title over both columns) cut the page into bands, each read left column first.
 * <p>
 * Tables have empty vertical strips too, and their rows must stay whole; what tells prose columns from
 * a table is that each side of a prose gutter is one run of text per row, filling its column on most
 * rows, where table cells are short and several per side.
 */
final class ColumnLayout {
    /** Where the gutter may lie, as shares of the text's width: two columns are roughly balanced. */
    private static final float GUTTER_FROM = 0.25f, GUTTER_TO = 0.75f;
    /** Rows allowed to cross the gutter (titles, a caption) as a share of all rows. */
    private static final float MAX_CROSSING = 0.2f;
    /** A prose row fills its column: its text reaches this share of the column's width. */
    private static final float FULL_ROW = 0.8f;
    private static final float MIN_FULL_ROWS = 0.5f;
    private static final int MIN_ROWS_PER_COLUMN = 3;

    /** A vertical strip [left, right) with no text except on crossing rows. */
    record Gutter(float left, float right) {
        float middle() { return (left + right) / 2; }
    }

    private ColumnLayout() {}

    /** The page's line pieces in reading order: whole rows, or half rows on a two-column page. */
    static List<List<Glyph>> readingOrder(List<LineAssembler.Row> rows, LineAssembler lines) {
        Optional<Gutter> gutter = gutter(rows, lines);
        List<List<Glyph>> out = new ArrayList<>(rows.size());
        if (gutter.isEmpty()) {
            for (LineAssembler.Row r : rows) out.add(r.glyphs());
            return out;
        }
        Gutter g = gutter.get();
        List<List<Glyph>> left = new ArrayList<>(), right = new ArrayList<>();
        for (LineAssembler.Row r : rows) {
            if (crosses(r, g, lines)) {
                out.addAll(left);
                out.addAll(right);
                left.clear();
                right.clear();
                out.add(r.glyphs());
                continue;
            }
            List<Glyph> l = new ArrayList<>(), rt = new ArrayList<>();
            for (Glyph x : r.glyphs()) (x.x() < g.middle() ? l : rt).add(x);
            if (!l.isEmpty()) left.add(l);
            if (!rt.isEmpty()) right.add(rt);
        }
        out.addAll(left);
        out.addAll(right);
        return out;
    }

    /** The gutter of a two-column page, or empty for a single column (or a table). */
    static Optional<Gutter> gutter(List<LineAssembler.Row> rows, LineAssembler lines) {
        if (rows.size() < 2 * MIN_ROWS_PER_COLUMN) return Optional.empty();
        float minX = Float.POSITIVE_INFINITY, maxX = Float.NEGATIVE_INFINITY;
        float[] ems = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            LineAssembler.Row r = rows.get(i);
            minX = Math.min(minX, r.left());
            maxX = Math.max(maxX, r.right());
            ems[i] = r.glyphs().get(0).em();
        }
        Arrays.sort(ems);
        float em = ems[ems.length / 2];
        int bins = (int) Math.ceil(maxX - minX);
        if (bins < 10) return Optional.empty();
        int[] cover = new int[bins];
        for (LineAssembler.Row r : rows) {
            for (List<Glyph> run : lines.runs(r.glyphs())) {
                int a = (int) Math.floor(run.get(0).x() - minX);
                int b = (int) Math.ceil(run.get(run.size() - 1).right() - minX);
                for (int k = Math.max(0, a); k < Math.min(bins, b); k++) cover[k]++;
            }
        }
        int allowed = (int) Math.floor(MAX_CROSSING * rows.size());
        int from = (int) (GUTTER_FROM * bins), to = (int) (GUTTER_TO * bins);
        int bestStart = -1, bestLen = 0;
        for (int k = from; k < to; ) {
            if (cover[k] > allowed) { k++; continue; }
            int s = k;
            while (k < to && cover[k] <= allowed) k++;
            if (k - s > bestLen) { bestLen = k - s; bestStart = s; }
        }
        if (bestLen < Math.max(em, 6f)) return Optional.empty();
        Gutter g = new Gutter(minX + bestStart, minX + bestStart + bestLen);
        int crossing = 0;
        for (LineAssembler.Row r : rows) if (crosses(r, g, lines)) crossing++;
        if (crossing > allowed) return Optional.empty();
        return isProse(rows, g, minX, g.left(), lines) && isProse(rows, g, g.right(), maxX, lines) ? Optional.of(g) : Optional.empty();
    }

    /** Whether the side [from, to) of the gutter reads as a column of prose: one full run per row. */
    private static boolean isProse(List<LineAssembler.Row> rows, Gutter g, float from, float to, LineAssembler lines) {
        int withText = 0, full = 0;
        for (LineAssembler.Row r : rows) {
            if (crosses(r, g, lines)) continue;
            List<Glyph> side = new ArrayList<>();
            for (Glyph x : r.glyphs()) if (x.x() >= from - 0.5f && x.right() <= to + 0.5f) side.add(x);
            if (side.isEmpty()) continue;
            withText++;
            List<List<Glyph>> runs = lines.runs(side);
            float width = side.get(side.size() - 1).right() - side.get(0).x();
            if (runs.size() == 1 && width >= FULL_ROW * (to - from)) full++;
        }
        return withText >= MIN_ROWS_PER_COLUMN && full >= MIN_FULL_ROWS * withText;
    }

    private static boolean crosses(LineAssembler.Row r, Gutter g, LineAssembler lines) {
        for (List<Glyph> run : lines.runs(r.glyphs())) {
            if (run.get(0).x() < g.right() && run.get(run.size() - 1).right() > g.left()) return true;
        }
        return false;
    }
}
