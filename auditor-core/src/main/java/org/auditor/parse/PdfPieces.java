package org.auditor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.MoneyUnit;
import org.auditor.model.TextLine;

/**
 * The TAB-separated pieces of PDF lines with their left x, for the readers of the small tables the
 * positioned reader does not take (score, budget, project tables): a cell is a piece, its column the
 * header piece above it.
 */
final class PdfPieces {
    /** Header text wrapped inside one cell prints its lines at the same x (centred: within a few points). */
    private static final float SAME_X = 3f;
    /** Lines of one header band lie within this many points of each other. */
    static final float BAND = 12f;

    record Piece(TextLine line, int index, String text, int from, float x0, float x1) {
        boolean number() { return CellQuantities.isNumber(text); }
        float y() { return line.box().y(); }
    }

    private PdfPieces() {}

    static boolean positioned(List<TextLine> lines) { return lines.stream().anyMatch(l -> l.xs() != null && l.box() != null); }

    static List<Piece> of(int index, TextLine l) {
        List<Piece> out = new ArrayList<>();
        if (l.xs() == null || l.box() == null) return out;
        String t = l.text();
        int from = 0;
        while (from <= t.length()) {
            int to = t.indexOf('\t', from);
            if (to < 0) to = t.length();
            String s = t.substring(from, to), st = s.replace('　', ' ').strip();
            if (!st.isEmpty()) {
                int a = from + s.indexOf(st.charAt(0)), b = a + st.length();
                if (a < l.xs().length) {
                    float x1 = b < l.xs().length ? l.xs()[b] : l.box().x() + l.box().width();
                    out.add(new Piece(l, index, st, a, l.xs()[a], x1));
                }
            }
            from = to + 1;
        }
        return out;
    }

    /** Lines i−3…i+3 on the page of line i whose y is within {@link #BAND} of it: a header printed over several lines. */
    static List<Integer> band(List<TextLine> lines, int i) {
        List<Integer> out = new ArrayList<>();
        TextLine at = lines.get(i);
        for (int j = Math.max(0, i - 3); j <= Math.min(lines.size() - 1, i + 3); j++) {
            TextLine l = lines.get(j);
            if (l.box() != null && l.page() == at.page() && Math.abs(l.box().y() - at.box().y()) <= BAND) out.add(j);
        }
        return out;
    }

    /** The header cells of a band: its text pieces joined top to bottom by their left x, keyed by that x, left to right. */
    static Map<Float, String> headerCells(List<TextLine> lines, List<Integer> band) {
        Map<Float, StringBuilder> cells = new LinkedHashMap<>();
        for (int j : band)
            for (Piece p : of(j, lines.get(j))) {
                if (p.number()) continue;
                Float key = null;
                for (Float x : cells.keySet()) if (Math.abs(x - p.x0()) <= SAME_X) key = x;
                cells.computeIfAbsent(key != null ? key : p.x0(), k -> new StringBuilder()).append(p.text().replace(" ", "").replace("　", ""));
            }
        Map<Float, String> out = new java.util.TreeMap<>();
        cells.forEach((x, b) -> out.put(x, b.toString()));
        return out;
    }

    /** The x of the first header cell right of x, or +∞: a column's right bound. */
    static float nextX(Map<Float, String> header, float x) {
        for (float k : header.keySet()) if (k > x + SAME_X) return k;
        return Float.POSITIVE_INFINITY;
    }

    static boolean within(Piece p, float from, float to) { return p.x0() >= from - SAME_X && p.x0() < to - SAME_X; }

    /** Text printed at one x over lines no further apart than {@code pitch} (on one page): one cell, from its first line's y to its last's. */
    record TextCell(float x, float top, float bottom, int page, String text) {
        boolean spans(Piece p) { return p.line().page() == page && p.y() >= top - 8 && p.y() <= bottom + 8; }
    }

    static List<TextCell> textCells(List<Piece> pieces, float pitch) {
        List<Piece> text = new ArrayList<>(pieces);
        text.sort(java.util.Comparator.comparingInt((Piece p) -> p.line().page()).thenComparingDouble(Piece::y));
        List<TextCell> out = new ArrayList<>();
        List<Piece> used = new ArrayList<>();
        for (Piece p : text) {
            if (used.contains(p)) continue;
            StringBuilder b = new StringBuilder(p.text());
            float top = p.y(), bottom = p.y();
            used.add(p);
            for (Piece q : text) {
                if (used.contains(q) || q.line().page() != p.line().page() || Math.abs(q.x0() - p.x0()) > SAME_X
                        || q.y() < bottom || q.y() - bottom > pitch) continue;
                b.append(q.text());
                bottom = q.y();
                used.add(q);
            }
            out.add(new TextCell(p.x0(), top, bottom, p.line().page(), b.toString()));
        }
        return out;
    }

    static Quantity quantity(String file, String id, Piece p, QuantityKind kind, MoneyUnit unit, String unitWord, String section, String label) {
        return CellQuantities.at(file, id, p.line(), p.from(), p.text(), kind, unit, unitWord, section, label);
    }
}
