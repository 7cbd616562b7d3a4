package org.auditor.extract.pdf;

import java.util.List;

/**
 * The text layer of one page as drawn: its glyphs and vertical rulings, the page size in display orientation, and how many
 * glyphs the content stream showed in all and how many of them had no Unicode mapping (dropped or
 * replaced by PDFBox), which is what tells a garbled text layer from a good one.
 */
record PageText(int page, float width, float height, List<Glyph> glyphs, VerticalRules rules, int shownGlyphs,
                int unmappedGlyphs) {
    PageText {
        glyphs = List.copyOf(glyphs);
    }
}
