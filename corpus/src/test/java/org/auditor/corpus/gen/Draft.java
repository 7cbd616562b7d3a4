package org.auditor.corpus.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A report before rendering: paragraphs and tables whose numbers are {@link Slot}s, so that a fault can
 * change a printed number, or drop or repeat a row, after the consistent report has been written. Mutable
 * on purpose: it lives only between generation, fault injection and rendering of one document.
 */
final class Draft {
    /** One printed number. The renderer records the pages it lands on. */
    static final class Slot {
        String text;
        final TreeSet<Integer> pages = new TreeSet<>();

        Slot(String text) { this.text = text; }

        @Override public String toString() { return text; }
    }

    /**
     * A run of text: strings, slots and nested segments (one part of a breakdown sentence, which a fault
     * may drop or repeat).
     */
    static final class Seg {
        final List<Object> pieces = new ArrayList<>();

        Seg add(Object... more) {
            pieces.addAll(List.of(more));
            return this;
        }

        void flatten(List<Object> out) {
            for (Object p : pieces) {
                if (p instanceof Seg s) s.flatten(out);
                else out.add(p);
            }
        }
    }

    enum Style { TITLE, PART, HEADING, BODY }

    /** A paragraph of the narrative. */
    record Para(Style style, Seg body) {}

    /** A table row: label cells (strings) and amount cells (slots, or null for an empty cell). */
    record Row(List<Object> cells) {
        Row copy() {
            List<Object> c = new ArrayList<>();
            for (Object o : cells) c.add(o instanceof Slot s ? new Slot(s.text) : o);
            return new Row(c);
        }
    }

    /**
     * A ruled table. {@code header} rows use "<" for a cell merged with the one on its left, "^" with the one above; {@code widths}
     * are relative column widths; {@code numeric} marks right-aligned columns.
     */
    record Table(String title, String code, List<List<String>> header, float[] widths, boolean[] numeric, List<Row> rows,
                 String note) {}

    final List<Object> blocks = new ArrayList<>();   // Para or Table, in reading order
}
