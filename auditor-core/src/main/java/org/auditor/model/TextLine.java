package org.auditor.model;

/**
 * One line of extracted text, already normalised (see the parse package's normaliser), with its page
 * and line number. {@code xs} holds the left x of every character and {@code box} the line's box when
 * the extractor knows positions (PDF); both null otherwise. {@code cell} names the table cell
 * ("Sheet1!B7", "table 2 row 3") for spreadsheet-like sources.
 */
public record TextLine(int page, int line, String text, float[] xs, Location.Box box, String cell, boolean ocr) {

    public static TextLine plain(int line, String text) { return new TextLine(0, line, text, null, null, null, false); }

    /** The box of the characters [from, to) of this line, or null without positions. */
    public Location.Box spanBox(int from, int to) {
        if (xs == null || box == null || from >= xs.length || to <= from) return null;
        float x0 = xs[from];
        float x1 = to < xs.length ? xs[to] : box.x() + box.width();
        return new Location.Box(x0, box.y(), Math.max(1f, x1 - x0), box.height());
    }
}
