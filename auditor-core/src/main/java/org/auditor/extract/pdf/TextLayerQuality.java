package org.auditor.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.auditor.extract.Normalizer;

/**
 * Tells a garbled text layer from a readable one, page by page. Fonts embedded without a usable
 * ToUnicode map come out as glyphs with no Unicode value (PDFBox drops them), private-use or control
 * characters, U+FFFD, or Latin-1 mojibake ("ÉÏº£ÊÐ" is 上海市 in GBK read as Latin-1); or, with a font
 * that maps its codes to ASCII, as Latin letters where the rest of the report is Chinese.
 */
final class TextLayerQuality {
    /** Below this many characters a page says too little to judge. */
    static final int MIN_CHARS = 20;
    /** Share of unreadable characters from which a page is garbled. */
    static final float MAX_BAD_SHARE = 0.2f;
    /** A page is Latin where it should be Chinese when below this CJK share while the report's pages are above {@link #REPORT_CJK_SHARE}. */
    static final float COLLAPSED_CJK_SHARE = 0.05f;
    static final float REPORT_CJK_SHARE = 0.3f;
    static final int MIN_LETTERS = 40;

    /**
     * Counts of one page: characters in its text, how many of them are unreadable, CJK and Latin
     * letters; glyphs the content stream showed and how many of them had no Unicode mapping.
     */
    record Page(int page, int chars, int bad, int cjk, int latin, int shown, int unmapped) {
        float badShare() {
            float inText = chars == 0 ? 0 : (float) bad / chars;
            float inStream = shown == 0 ? 0 : (float) unmapped / shown; // unmapped glyphs may not reach the text at all
            return Math.max(inText, inStream);
        }

        float cjkShare() { return cjk + latin == 0 ? 0 : (float) cjk / (cjk + latin); }

        boolean hasText() { return Math.max(chars, shown) >= MIN_CHARS; }
    }

    private TextLayerQuality() {}

    static Page measure(PageText t) {
        int chars = 0, bad = 0, cjk = 0, latin = 0;
        for (Glyph g : t.glyphs()) {
            String s = g.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                chars++;
                if (unreadable(c)) bad++;
                else if (Normalizer.isCjk(c)) cjk++;
                else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) latin++;
            }
        }
        return new Page(t.page(), chars, bad, cjk, latin, t.shownGlyphs(), t.unmappedGlyphs());
    }

    /** Characters no readable Chinese report is made of. */
    static boolean unreadable(char c) {
        if (c == '\uFFFD' || (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0)) return true;
        if (c >= '\uE000' && c <= '\uF8FF') return true; // private use area
        if (c >= 0xa0 && c <= 0xff) return "°±·×÷¥§\u00a0".indexOf(c) < 0; // Latin-1 mojibake of GBK bytes
        return false;
    }

    /** Pages whose text layer is garbled, judged against the whole report. */
    static Set<Integer> garbled(List<Page> pages) {
        List<Float> shares = new ArrayList<>();
        for (Page p : pages) if (p.cjk + p.latin >= MIN_LETTERS) shares.add(p.cjkShare());
        float reportShare = median(shares);
        Set<Integer> out = new TreeSet<>();
        for (Page p : pages) {
            if (!p.hasText()) continue;
            boolean unreadable = p.badShare() >= MAX_BAD_SHARE;
            boolean collapsed = p.latin >= MIN_LETTERS && p.cjkShare() < COLLAPSED_CJK_SHARE && reportShare >= REPORT_CJK_SHARE;
            if (unreadable || collapsed) out.add(p.page);
        }
        return out;
    }

    private static float median(List<Float> xs) {
        if (xs.isEmpty()) return 0;
        float[] a = new float[xs.size()];
        for (int i = 0; i < a.length; i++) a[i] = xs.get(i);
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
