package org.auditor.extract;

import java.util.regex.Pattern;

/**
 * Brings extracted text into the one form the parsers read: ASCII digits and decimal points, CJK
 * punctuation for separators, no thousands separators, no spaces inside or around numbers (a TAB between
 * table cells stays), no conversion debris. Every extractor passes its lines through here;
 * {@link #normalize(String, float[])} keeps the per-character x positions of PDF text aligned with the
 * normalised characters.
 */
public final class Normalizer {
    private static final Pattern DEBRIS = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    private Normalizer() {}

    /** A normalised line and, when positions were given, the x position of each of its characters. */
    public record Line(String text, float[] xs) {}

    public static String normalize(String s) { return normalize(s, null).text(); }

    public static Line normalize(String raw, float[] xs) {
        // 1. drop debris, remembering which characters survive
        StringBuilder sb = new StringBuilder(raw.length());
        java.util.List<Float> pos = xs == null ? null : new java.util.ArrayList<>(raw.length());
        var m = DEBRIS.matcher(raw);
        int from = 0;
        while (m.find()) {
            append(sb, pos, raw, xs, from, m.start());
            from = m.end();
        }
        append(sb, pos, raw, xs, from, raw.length());
        // 2. character mapping
        for (int i = 0; i < sb.length(); i++) sb.setCharAt(i, map(sb.charAt(i)));
        // 3. remove thousands separators and spaces next to digits
        StringBuilder out = new StringBuilder(sb.length());
        java.util.List<Float> outPos = pos == null ? null : new java.util.ArrayList<>(sb.length());
        int lead = 0;
        while (lead < sb.length() && Character.isWhitespace(sb.charAt(lead))) lead++;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (i >= lead && c == ' ' && removableSpace(sb, i)) continue; // tabs separate table cells: they stay
            if (c == ',' && thousandsSeparator(sb, i)) continue;
            if (c == ',' ) c = '，';
            out.append(c);
            if (outPos != null) outPos.add(pos.get(i));
        }
        float[] nx = null;
        if (outPos != null) {
            nx = new float[outPos.size()];
            for (int i = 0; i < nx.length; i++) nx[i] = outPos.get(i);
        }
        return new Line(out.toString(), nx);
    }

    private static void append(StringBuilder sb, java.util.List<Float> pos, String raw, float[] xs, int a, int b) {
        sb.append(raw, a, b);
        if (pos != null) for (int i = a; i < b; i++) pos.add(i < xs.length ? xs[i] : (xs.length == 0 ? 0f : xs[xs.length - 1]));
    }

    static char map(char c) {
        if (c >= '０' && c <= '９') return (char) ('0' + (c - '０'));
        if (c >= 'Ａ' && c <= 'Ｚ') return (char) ('A' + (c - 'Ａ'));
        if (c >= 'ａ' && c <= 'ｚ') return (char) ('a' + (c - 'ａ'));
        return switch (c) {
            case '．' -> '.';
            case '％' -> '%';
            case '－', '—' -> c == '－' ? '-' : c;
            case '＋' -> '+';
            case '\u3000', '\u00a0' -> ' ';
            case ';' -> '；';
            case ':' -> '：';
            case '(' -> '（';
            case ')' -> '）';
            case '﹪' -> '%';
            case '，' -> '，';
            default -> c;
        };
    }

    /** A space inside a line that touches a digit, a percent sign or a decimal point. */
    private static boolean removableSpace(CharSequence s, int i) {
        int a = i - 1;
        while (a >= 0 && s.charAt(a) == ' ') a--;
        int b = i + 1;
        while (b < s.length() && s.charAt(b) == ' ') b++;
        if (a < 0 || b >= s.length()) return false;
        char l = s.charAt(a), r = s.charAt(b);
        if (Character.isDigit(l) && Character.isDigit(r)) return digitGroup(s, b); // "1 293.60"
        boolean lNum = Character.isDigit(l) || l == '.', rNum = Character.isDigit(r) || r == '.' || r == '%';
        return (lNum && isCjk(r)) || (isCjk(l) && rNum) || (lNum && r == '%') || (l == '.' || r == '.') && (lNum || rNum);
    }

    private static boolean digitGroup(CharSequence s, int b) {
        int n = 0;
        while (b + n < s.length() && Character.isDigit(s.charAt(b + n))) n++;
        return n == 3 && (b + n == s.length() || !Character.isDigit(s.charAt(b + n)));
    }

    private static boolean thousandsSeparator(CharSequence s, int i) {
        if (i == 0 || !Character.isDigit(s.charAt(i - 1))) return false;
        int b = i + 1, n = 0;
        while (b + n < s.length() && Character.isDigit(s.charAt(b + n))) n++;
        if (n != 3) return false;
        int a = i - 1, k = 0;
        while (a >= 0 && Character.isDigit(s.charAt(a))) { a--; k++; }
        return k <= 3 && (a < 0 || s.charAt(a) != '.');
    }

    public static boolean isCjk(char c) {
        // no character below U+2E80 (CJK radicals) is Han or in the two blocks: skip the script table's
        // binary search for Latin, digits and punctuation, which the line assembler asks about per glyph pair
        if (c < '\u2e80') return false;
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
