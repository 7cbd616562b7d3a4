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

    /** Joins lines into paragraphs: text formats keep one line per paragraph; PDF lines that wrap are joined. */
    static List<Paragraph> of(List<TextLine> lines) {
        List<Paragraph> out = new ArrayList<>();
        List<TextLine> cur = new ArrayList<>();
        for (TextLine l : lines) {
            if (!cur.isEmpty() && !continues(cur.get(cur.size() - 1), l)) {
                out.add(new Paragraph(cur));
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) out.add(new Paragraph(cur));
        return out;
    }

    /** Whether {@code next} continues the sentence of {@code prev}: only for positioned (PDF) lines. */
    private static boolean continues(TextLine prev, TextLine next) {
        if (prev.box() == null || next.box() == null) return false;
        String p = prev.text().strip();
        if (p.isEmpty() || next.text().strip().isEmpty() || p.indexOf('\t') >= 0 || next.text().indexOf('\t') >= 0) return false;
        char last = p.charAt(p.length() - 1);
        if ("。：；！？:".indexOf(last) >= 0) return false;
        if (Headings.level(next.text().strip()) > 0) return false;
        // a wrapped line reaches (almost) the right edge of the text block
        float right = prev.box().x() + prev.box().width();
        float nextRight = next.box().x() + next.box().width();
        return prev.page() == next.page() ? right >= nextRight - 30 || p.length() >= 25 : p.length() >= 25;
    }
}
