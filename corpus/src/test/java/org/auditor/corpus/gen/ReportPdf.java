package org.auditor.corpus.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.auditor.corpus.gen.Draft.Para;
import org.auditor.corpus.gen.Draft.Row;
import org.auditor.corpus.gen.Draft.Slot;
import org.auditor.corpus.gen.Draft.Style;
import org.auditor.corpus.gen.Draft.Table;

/**
 * Renders a {@link Draft} as an A4 PDF with PDFBox: running header and page numbers, wrapped paragraphs,
 * ruled tables that continue on the next page under "（续表）" with their header repeated. Records on
 * every {@link Slot} the pages it was printed on.
 */
final class ReportPdf {
    private static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight();
    private static final float LEFT = 60, RIGHT = W - 60, TOP = 72, BOTTOM = H - 70;
    private static final float ROW = 16, TABLE_FONT = 7.5f;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final String running;
    private PDPageContentStream cs;
    private float y;
    private int page;

    private ReportPdf(TrueTypeFont face, String running) throws IOException {
        this.font = PDType0Font.load(doc, face, true);
        this.running = running;
    }

    static void render(Draft draft, String running, TrueTypeFont face, Path out) throws IOException {
        ReportPdf r = new ReportPdf(face, running);
        try (r.doc) {
            r.doc.setDocumentId((long) running.hashCode());   // a fixed /ID: same draft, same bytes
            r.newPage();
            for (Object block : draft.blocks) {
                if (block instanceof Para p) r.para(p);
                else r.table((Table) block);
            }
            r.cs.close();
            r.doc.save(out.toFile());
        }
    }

    // ---- pages ------------------------------------------------------------------------------------

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        cs = new PDPageContentStream(doc, p);
        page++;
        if (page > 1) {
            text(LEFT, 48, 9, running);
            line(LEFT, 54, RIGHT, 54);
        }
        String number = "- " + page + " -";
        text((W - width(number, 9)) / 2, H - 40, 9, number);
        y = TOP;
    }

    private void ensure(float height) throws IOException {
        if (y + height > BOTTOM) newPage();
    }

    // ---- paragraphs -------------------------------------------------------------------------------

    private record Unit(String text, Slot slot) {}

    private void para(Para p) throws IOException {
        float size = switch (p.style()) { case TITLE -> 20; case PART -> 15; case HEADING -> 11; case BODY -> 10.5f; };
        float leading = size * 1.8f;
        if (p.style() == Style.TITLE) {
            y = 300;
            centred(p, size);
            newPage();
            return;
        }
        if (p.style() == Style.PART) {
            if (y > TOP) newPage();
            centred(p, size);
            y += leading;
            return;
        }
        List<Unit> units = units(p);
        float indent = p.style() == Style.BODY ? 2 * size : 0;
        List<List<Unit>> lines = wrap(units, size, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            float x = LEFT + (i == 0 ? indent : 0);
            y += leading;
            List<Unit> line = lines.get(i);
            // justified like a word processor's 两端对齐: a wrapped line ends at the right margin
            float gap = 0;
            if (i < lines.size() - 1 && line.size() > 1) {
                float used = 0;
                for (Unit u : line) used += width(u.text(), size);
                gap = (RIGHT - x - used) / (line.size() - 1);
            }
            for (Unit u : line) {
                text(x, y - leading * 0.3f, size, u.text());
                if (u.slot() != null) u.slot().pages.add(page);
                x += width(u.text(), size) + gap;
            }
        }
        y += size * 0.3f;
    }

    private void centred(Para p, float size) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Unit u : units(p)) s.append(u.text());
        y += size * 1.8f;
        text((W - width(s.toString(), size)) / 2, y, size, s.toString());
    }

    /** Words that must not be split: ASCII runs (numbers) and each slot; otherwise one CJK character. */
    private static List<Unit> units(Para p) {
        List<Object> flat = new ArrayList<>();
        p.body().flatten(flat);
        List<Unit> out = new ArrayList<>();
        for (Object o : flat) {
            if (o instanceof Slot s) {
                out.add(new Unit(s.text, s));
                continue;
            }
            String t = o.toString();
            int i = 0;
            while (i < t.length()) {
                int j = i + 1;
                if (isAscii(t.charAt(i))) while (j < t.length() && isAscii(t.charAt(j))) j++;
                out.add(new Unit(t.substring(i, j), null));
                i = j;
            }
        }
        return out;
    }

    private static boolean isAscii(char c) { return c < 128 && c != ' '; }

    /** Punctuation that may not open a line: the word before it moves down with it (CJK 避头). */
    private static final String NO_LINE_START = "，。；：、）%”";

    private List<List<Unit>> wrap(List<Unit> units, float size, float indent) throws IOException {
        List<List<Unit>> lines = new ArrayList<>();
        List<Unit> line = new ArrayList<>();
        float x = indent;
        for (Unit u : units) {
            float w = width(u.text(), size);
            if (x + w > RIGHT - LEFT && !line.isEmpty()) {
                List<Unit> carry = new ArrayList<>();
                if (NO_LINE_START.indexOf(u.text().charAt(0)) >= 0 && line.size() > 1) carry.add(line.remove(line.size() - 1));
                lines.add(line);
                line = carry;
                x = 0;
                for (Unit c : carry) x += width(c.text(), size);
            }
            line.add(u);
            x += w;
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }

    // ---- tables -----------------------------------------------------------------------------------

    private void table(Table t) throws IOException {
        float headerHeight = t.header().size() * ROW + 4;
        if (y + 50 + headerHeight + 3 * ROW > BOTTOM) newPage();
        float[] xs = columns(t.widths());
        tableTitle(t, t.title());
        float top = tableHeader(t, xs, headerHeight);
        for (Row r : t.rows()) {
            if (top + ROW > BOTTOM) {
                newPage();
                tableTitle(t, t.title() + "（续表）");
                top = tableHeader(t, xs, headerHeight);
            }
            for (int c = 0; c < xs.length - 1; c++) {
                Object cell = r.cells().get(c);
                String s = cell.toString();
                if (cell instanceof Slot slot) slot.pages.add(page);
                cellText(s, xs[c], xs[c + 1], top, ROW, t.numeric()[c]);
                line(xs[c], top, xs[c], top + ROW);
            }
            line(xs[xs.length - 1], top, xs[xs.length - 1], top + ROW);
            line(xs[0], top + ROW, xs[xs.length - 1], top + ROW);
            top += ROW;
        }
        y = top + 6;
        if (t.note() != null) {
            text(LEFT, y + 10, 9, t.note());
            y += 16;
        }
        y += 14;
    }

    private float[] columns(float[] widths) {
        float sum = 0;
        for (float w : widths) sum += w;
        float[] xs = new float[widths.length + 1];
        xs[0] = LEFT;
        for (int i = 0; i < widths.length; i++) xs[i + 1] = xs[i] + widths[i] / sum * (RIGHT - LEFT);
        return xs;
    }

    private void tableTitle(Table t, String title) throws IOException {
        y += 22;
        text((W - width(title, 13)) / 2, y, 13, title);
        y += 16;
        text(LEFT, y, 8, t.code());
        text(RIGHT - width("单位：万元", 8), y, 8, "单位：万元");
        y += 6;
    }

    /** Draws the header rows at the current position; returns where the body starts. */
    private float tableHeader(Table t, float[] xs, float height) throws IOException {
        float rowH = height / t.header().size();
        float top = y;
        line(xs[0], top, xs[xs.length - 1], top);
        for (List<String> hr : t.header()) {
            for (int c = 0; c < hr.size(); c++) {
                String s = hr.get(c);
                if (s.equals("<")) continue;
                int end = c + 1;
                while (end < hr.size() && hr.get(end).equals("<")) end++;
                if (!s.equals("^")) {
                    line(xs[c], top, xs[end], top);
                    cellText(s, xs[c], xs[end], top, rowH, false);
                }
                line(xs[c], top, xs[c], top + rowH);
            }
            line(xs[xs.length - 1], top, xs[xs.length - 1], top + rowH);
            top += rowH;
        }
        line(xs[0], top, xs[xs.length - 1], top);
        return top;
    }

    /** A cell's text, shrunk to fit; numbers right-aligned, labels left. */
    private void cellText(String s, float x0, float x1, float top, float h, boolean right) throws IOException {
        if (s.isEmpty()) return;
        float size = TABLE_FONT;
        while (size > 4.5f && width(s, size) > x1 - x0 - 4) size -= 0.25f;
        float w = width(s, size);
        float x = right ? x1 - 2 - w : x0 + 2;
        text(x, top + h / 2 + size * 0.35f, size, s);
    }

    // ---- drawing (top-left coordinates) -------------------------------------------------------------

    private void text(float x, float baseline, float size, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, H - baseline);
        cs.showText(s);
        cs.endText();
    }

    private void line(float x0, float y0, float x1, float y1) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(x0, H - y0);
        cs.lineTo(x1, H - y1);
        cs.stroke();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }
}
