package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Location;
import org.auditor.model.TextLine;

/**
 * A paragraph: one or more consecutive lines joined (PDF lines wrap mid-sentence), with the map from
 * paragraph offsets back to the line and column each character came from.
 */
public final class Paragraph {
    private final String text;
    private final List<TextLine> lines;
    private final int[] starts; // paragraph offset where each line begins

    Paragraph(List<TextLine> lines) {
        this.lines = List.copyOf(lines);
        this.starts = new int[lines.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = sb.length();
            sb.append(lines.get(i).text());
        }
        this.text = sb.toString();
    }

    public String text() { return text; }

    public TextLine firstLine() { return lines.get(0); }

    public boolean ocr() { return lines.stream().anyMatch(TextLine::ocr); }

    /** The location of the characters [from, to) of this paragraph. */
    public Location locate(String file, int from, int to, String section) {
        int i = lineIndex(from);
        TextLine l = lines.get(i);
        int col = from - starts[i];
        int len = Math.min(to, starts[i] + l.text().length()) - from;
        return new Location(file, l.page(), l.line(), col, Math.max(0, len), snippet(from, to), section, l.spanBox(col, col + Math.max(1, len)));
    }

    private int lineIndex(int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return i;
    }

    /** The text around [from, to): the clause it stands in, at most ~60 characters either side. */
    String snippet(int from, int to) {
        int a = Math.max(0, from - 60), b = Math.min(text.length(), to + 60);
        for (int k = from - 1; k >= a; k--) if (k < from - 8 && "。；".indexOf(text.charAt(k)) >= 0) { a = k + 1; break; }
        for (int k = to; k < b; k++) if (k > to + 8 && "。；".indexOf(text.charAt(k)) >= 0) { b = k + 1; break; }
        return text.substring(a, b).strip();
    }

    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("[）。，、；：%]|（\\d{0,3}[类款项]）");

    /** Joins lines into paragraphs: text formats keep one line per paragraph; PDF lines that wrap are joined. */
    static List<Paragraph> of(List<TextLine> lines) {
        // the right edge of each page's text block: a line that reaches it wraps into the next one
        java.util.Map<Integer, Float> rightEdge = new java.util.HashMap<>();
        for (TextLine l : lines) if (l.box() != null) rightEdge.merge(l.page(), l.box().x() + l.box().width(), Math::max);
        List<Paragraph> out = new ArrayList<>();
        List<TextLine> cur = new ArrayList<>();
        for (TextLine l : lines) {
            if (!cur.isEmpty() && !continues(cur.get(cur.size() - 1), l, rightEdge)) {
                out.add(new Paragraph(cur));
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) out.add(new Paragraph(cur));
        return out;
    }

    /** Whether {@code next} continues the sentence of {@code prev}: only for positioned (PDF) lines. */
    private static boolean continues(TextLine prev, TextLine next, java.util.Map<Integer, Float> rightEdge) {
        if (prev.box() == null || next.box() == null) return false;
        String p = prev.text().strip();
        if (p.isEmpty() || next.text().strip().isEmpty() || p.indexOf('\t') >= 0 || next.text().indexOf('\t') >= 0) return false;
        char last = p.charAt(p.length() - 1);
        if ("。！？".indexOf(last) >= 0) return false;
        if (Headings.level(next.text().strip()) > 0) return false;
        // a wrapped line reaches the right edge of its page's text block, short of it by at most the width
        // of the unbreakable run (a number, "0.85%") that had to move to the next line
        float right = prev.box().x() + prev.box().width();
        float em = Math.max(6f, prev.box().height());
        float edge = rightEdge.getOrDefault(prev.page(), right);
        String n = next.text().strip();
        int run = 0;
        while (run < n.length() && (Character.isLetterOrDigit(n.charAt(run)) && n.charAt(run) < 128 || ".%".indexOf(n.charAt(run)) >= 0)) run++;
        boolean reachesEdge = right >= edge - (2.0f + 0.6f * run) * em;
        // a line shaped like a heading ends its paragraph unless it visibly runs on (fills the line, or leaves
        // a bracket open: "…相关机构事务（03" + "款）…"); other lines without a full stop run on
        boolean openBracket = p.lastIndexOf('（') > p.lastIndexOf('）');
        boolean nextContinues = CONTINUATION.matcher(n).lookingAt(); // "（项）。主要用于…", "）…", "，…"
        return reachesEdge || openBracket || nextContinues || Headings.level(p) == 0;
    }
}
