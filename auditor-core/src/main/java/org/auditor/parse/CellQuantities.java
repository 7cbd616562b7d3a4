package org.auditor.parse;

import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.TextLine;

/**
 * A table cell's text made a quantity, for the readers of small tables (score, budget, project, 三公
 * comparison tables): the one place that decides what a cell number is (a whole plain number, as the
 * number parser reads it) and where it was printed (the cell's line, the span of its digits, its box on the
 * page when the extractor knows the glyphs' positions).
 */
final class CellQuantities {
    private CellQuantities() {}

    /** The text, trimmed, is one plain number ("12.50", "-3"): not a code, a year, a percentage or words. */
    static boolean isNumber(String text) { return NumberScanner.isWholeNumber(strip(text)); }

    /** The quantity printed as {@code digits} at character {@code from} of a line. */
    static Quantity at(String file, String id, TextLine l, int from, String digits, QuantityKind kind, MoneyUnit unit, String unitWord,
                       String section, String label) {
        int at = Math.max(0, from);
        Location loc = new Location(file, l.page(), l.line(), at, digits.length(), l.text().replace('\t', ' ').strip(), section + " / " + label,
                l.spanBox(at, at + digits.length()));
        return new Quantity(id, Printed.parse(digits), kind, unit, unitWord, label, null, loc, l.ocr());
    }

    /** The line's whole text as a quantity, or null when it is not one plain number. */
    static Quantity wholeLine(String file, String id, TextLine l, QuantityKind kind, MoneyUnit unit, String unitWord, String section, String label) {
        String t = strip(l.text());
        return NumberScanner.isWholeNumber(t) ? at(file, id, l, l.text().indexOf(t), t, kind, unit, unitWord, section, label) : null;
    }

    private static String strip(String s) { return s.replace('　', ' ').strip(); }
}
