package org.auditor.extract.pdf;

import org.auditor.model.Location;

/** A line as assembled from glyphs, before normalisation: its text, the left x of each char, its box. */
record RawLine(String text, float[] xs, Location.Box box) {
    float top() { return box.y(); }

    float bottom() { return box.y() + box.height(); }

    /** The line without leading and trailing whitespace, positions kept aligned. */
    RawLine strip() {
        int a = 0, b = text.length();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
        if (a == 0 && b == text.length()) return this;
        return new RawLine(text.substring(a, b), java.util.Arrays.copyOfRange(xs, a, b), box);
    }
}
