package org.auditor.extract.pdf;

/**
 * One visible character (or ligature) on a page, in display space: origin top-left, y grows downwards,
 * {@code baseline} is the y of the baseline and {@code em} the effective font size in the same units.
 */
record Glyph(String text, float x, float width, float baseline, float em) {
    // CJK fonts report no usable glyph height, so a line's vertical extent is estimated from the em
    private static final float ASCENT = 0.88f, DESCENT = 0.12f;

    float right() { return x + width; }

    float top() { return baseline - ASCENT * em; }

    float bottom() { return baseline + DESCENT * em; }
}
