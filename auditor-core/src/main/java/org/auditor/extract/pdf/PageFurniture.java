package org.auditor.extract.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.auditor.extract.Normalizer;

/**
 * Removes what the page layout adds and the report does not say: running headers and footers (the same
 * line at the same place on most pages) and page numbers. Only the outermost lines of a page, inside its
 * top or bottom band, are candidates, and lines that can carry a fact (a unit statement, an amount, a
 * percentage) are never removed even when they repeat, e.g. "单位：万元" above every table.
 */
final class PageFurniture {
    /** Share of the page height, at the top and at the bottom, where running heads and feet are printed. */
    static final float BAND = 0.12f;
    /** How many lines from the top and from the bottom of a page may be furniture. */
    static final int OUTERMOST = 2;
    /** A line is running furniture when repeated on at least this share of the pages (odd/even heads alternate). */
    static final float MIN_PAGE_SHARE = 0.4f;
    static final int MIN_PAGES = 3;
    /** Same place: tops within this distance (points). */
    static final float SAME_PLACE = 4f;

    private static final Pattern DASHED = Pattern.compile("[-–—－~]\\d{1,4}[-–—－~]");
    private static final Pattern PAGE_WORD = Pattern.compile("第\\d{1,4}页(共\\d{1,4}页)?|共\\d{1,4}页第\\d{1,4}页|(?i:page)\\d{1,4}(of\\d{1,4})?");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,4}[/／]\\d{1,4}");
    private static final Pattern BARE = Pattern.compile("\\d{1,4}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u3000]+");
    private static final Pattern FACT = Pattern.compile("单位|\\d[.．]\\d|[%％]");

    private PageFurniture() {}

    private record Candidate(int pageIndex, RawLine line, String compact, boolean top) {}

    static List<PageLines> strip(List<PageLines> pages) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) candidates.addAll(candidates(i, pages.get(i)));
        Set<RawLine> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        dropPageNumbers(pages, candidates, drop);
        dropRunningLines(pages, candidates, drop);
        if (drop.isEmpty()) return pages;
        List<PageLines> out = new ArrayList<>(pages.size());
        for (PageLines p : pages) {
            List<RawLine> kept = new ArrayList<>(p.lines().size());
            for (RawLine l : p.lines()) if (!drop.contains(l)) kept.add(l);
            out.add(kept.size() == p.lines().size() ? p : p.withLines(kept));
        }
        return out;
    }

    /** The up to {@link #OUTERMOST} topmost and bottommost lines of a page that lie in its margin bands. */
    private static List<Candidate> candidates(int index, PageLines p) {
        List<RawLine> byTop = new ArrayList<>(p.lines());
        byTop.sort(java.util.Comparator.comparingDouble(RawLine::top));
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < Math.min(OUTERMOST, byTop.size()); k++) {
            RawLine l = byTop.get(k);
            if (l.bottom() <= BAND * p.height()) out.add(new Candidate(index, l, compact(l.text()), true));
        }
        for (int k = Math.max(0, byTop.size() - OUTERMOST); k < byTop.size(); k++) { // the bands never overlap
            RawLine l = byTop.get(k);
            if (l.top() >= (1 - BAND) * p.height()) out.add(new Candidate(index, l, compact(l.text()), false));
        }
        return out;
    }

    /**
     * "- 3 -", "第 3 页", "3/25" are page numbers wherever they stand in the bands. A bare "3" is one only
     * when it runs with the page count: several pages print number = page index + the same offset (a
     * table code such as "310" on the last line of a page does not).
     */
    private static void dropPageNumbers(List<PageLines> pages, List<Candidate> candidates, Set<RawLine> drop) {
        Map<Integer, List<Candidate>> byOffset = new HashMap<>();
        for (Candidate c : candidates) {
            if (DASHED.matcher(c.compact).matches() || PAGE_WORD.matcher(c.compact).matches()
                    || SLASHED.matcher(c.compact).matches()) {
                drop.add(c.line);
            } else if (BARE.matcher(c.compact).matches()) {
                int offset = Integer.parseInt(c.compact) - pages.get(c.pageIndex).page();
                byOffset.computeIfAbsent(offset, k -> new ArrayList<>()).add(c);
            }
        }
        int needed = Math.max(2, Math.min(3, pages.size() / 4));
        for (List<Candidate> run : byOffset.values()) {
            if (run.size() >= needed) for (Candidate c : run) drop.add(c.line);
        }
    }

    /** Lines with the same text (digits aside: "第 3 页" headers) at the same place on most pages. */
    private static void dropRunningLines(List<PageLines> pages, List<Candidate> candidates, Set<RawLine> drop) {
        int withText = 0;
        for (PageLines p : pages) if (!p.lines().isEmpty()) withText++;
        if (withText < MIN_PAGES) return;
        int needed = Math.max(MIN_PAGES, (int) Math.ceil(MIN_PAGE_SHARE * withText));
        Map<String, List<Candidate>> byText = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.compact.isEmpty() || drop.contains(c.line) || FACT.matcher(c.line.text()).find()) continue;
            byText.computeIfAbsent((c.top ? "T" : "B") + c.compact.replaceAll("\\d+", "#"), k -> new ArrayList<>()).add(c);
        }
        for (List<Candidate> same : byText.values()) {
            if (same.size() < needed) continue;
            same.sort(java.util.Comparator.comparingDouble(c -> c.line.top()));
            // cluster by position: the same text elsewhere on the page is not the running line
            int start = 0;
            for (int k = 1; k <= same.size(); k++) {
                if (k == same.size() || same.get(k).line.top() - same.get(k - 1).line.top() > SAME_PLACE) {
                    List<Candidate> cluster = same.subList(start, k);
                    Set<Integer> onPages = new HashSet<>();
                    for (Candidate c : cluster) onPages.add(c.pageIndex);
                    if (onPages.size() >= needed) for (Candidate c : cluster) drop.add(c.line);
                    start = k;
                }
            }
        }
    }

    /** The normalised text without any whitespace, for comparing lines whatever their spacing. */
    static String compact(String s) {
        return WHITESPACE.matcher(Normalizer.normalize(s)).replaceAll("");
    }
}
