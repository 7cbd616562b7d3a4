package org.auditor.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables of contents. An entry line ("一、收入支出决算总表……………… 5") is dropped as a whole rather
 * than kept with its page number after a TAB: the page number is no fact, and a title kept here would
 * read to the parser as that section or table being present where the body may lack it (the body
 * prints the title again as its heading). Dotted leaders that remain elsewhere (an entry whose page
 * number is missing) are removed.
 */
final class TableOfContents {
    private static final String DOTS = "(?:[.．·・•‧∙⋅][ \\u3000]?){3,}|[…⋯]{2,}";
    /** A title, a dotted leader, a page number. */
    private static final Pattern ENTRY = Pattern.compile("\\S.*?[ \\t\\u3000]*(?:" + DOTS + ")[ \\t\\u3000]*\\d{1,4}");
    /** On a page headed 目录: a title, a column gap, a page number. */
    private static final Pattern TABBED_ENTRY = Pattern.compile(".*[^\\d\\s][ \\u3000]*\\t[ \\t\\u3000]*\\d{1,4}");
    /** Leaders long enough not to be an ellipsis in a sentence ("……" is one). */
    private static final Pattern LEADER = Pattern.compile("(?:[.．·・•‧∙⋅][ \\u3000]?){4,}|[…⋯]{3,}");
    private static final Pattern TOC_HEADING = Pattern.compile("目录|目次|(?i:contents)");

    private TableOfContents() {}

    static PageLines strip(PageLines page) {
        boolean tocPage = false;
        for (RawLine l : page.lines()) {
            if (TOC_HEADING.matcher(PageFurniture.compact(l.text())).matches()) { tocPage = true; break; }
        }
        List<RawLine> kept = new ArrayList<>(page.lines().size());
        boolean changed = false;
        for (RawLine l : page.lines()) {
            String t = l.text();
            if (ENTRY.matcher(t).matches() || (tocPage && TABBED_ENTRY.matcher(t).matches())) {
                changed = true;
                continue;
            }
            RawLine clean = withoutLeaders(l);
            changed |= clean != l;
            if (!clean.text().isBlank()) kept.add(clean);
        }
        return changed ? page.withLines(kept) : page;
    }

    private static RawLine withoutLeaders(RawLine l) {
        Matcher m = LEADER.matcher(l.text());
        if (!m.find()) return l;
        StringBuilder text = new StringBuilder();
        float[] xs = new float[l.xs().length];
        int n = 0, from = 0;
        do {
            for (int i = from; i < m.start(); i++) { text.append(l.text().charAt(i)); xs[n++] = l.xs()[i]; }
            if (text.length() > 0 && m.end() < l.text().length()) { text.append('\t'); xs[n++] = l.xs()[m.start()]; }
            from = m.end();
        } while (m.find());
        for (int i = from; i < l.text().length(); i++) { text.append(l.text().charAt(i)); xs[n++] = l.xs()[i]; }
        return new RawLine(text.toString(), Arrays.copyOf(xs, n), l.box()).strip();
    }
}
