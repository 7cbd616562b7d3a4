package org.auditor.engine.diagnose;

/**
 * A printed non-negative decimal as its string of digits and the position of the point in it, so that
 * typing slips can be undone digit by digit: "2146.85" is digits "214685" with the point after 4.
 */
record Digits(String digits, int point) {

    /** The digits of a printed number; null for a negative or malformed one. */
    static Digits of(String text) {
        if (!text.matches("\\d+(\\.\\d+)?")) return null;
        int dot = text.indexOf('.');
        return dot < 0 ? new Digits(text, text.length()) : new Digits(text.substring(0, dot) + text.substring(dot + 1), dot);
    }

    int length() { return digits.length(); }

    /** Whether positions i and i + 1 lie on the same side of the point. */
    boolean sameSide(int i) { return i + 1 < point || i >= point; }

    /** As a printed number, or null when it would not be printed so (a leading zero, no digits). */
    String text() {
        String whole = digits.substring(0, point), frac = digits.substring(point);
        if (whole.isEmpty()) whole = "0";
        if (whole.length() > 1 && whole.charAt(0) == '0') return null;
        return frac.isEmpty() ? whole : whole + "." + frac;
    }

    /** The same digits with the point elsewhere, leading zeros of the whole part dropped. */
    String withPointAt(int p) {
        if (p < 0 || p > digits.length()) return null;
        String whole = digits.substring(0, p).replaceFirst("^0+(?=\\d)", ""), frac = digits.substring(p);
        return new Digits(whole + frac, whole.length()).text();
    }
}
