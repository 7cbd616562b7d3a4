package org.auditor.corpus.gen;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.auditor.corpus.gen.Draft.Para;
import org.auditor.corpus.gen.Draft.Row;
import org.auditor.corpus.gen.Draft.Style;
import org.auditor.corpus.gen.Draft.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a {@link Draft} as a Word document with POI: the narrative as paragraphs, each of the nine tables
 * as its title, a "公开NN表 ⇥ 单位：万元" line and a real Word table whose header keeps the PDF's merged cells
 * (gridSpan for "<", vMerge for "^"). The text is the PDF's text, so its numbers and findings must be too.
 */
final class ReportDocx {
    private static final int TEXT_W = 9000; // twips, A4 less margins

    private ReportDocx() {}

    static void render(Draft draft, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Object block : draft.blocks) {
                if (block instanceof Para p) para(doc, p);
                else table(doc, (Table) block);
            }
            try (OutputStream o = Files.newOutputStream(out)) { doc.write(o); }
        }
    }

    private static void para(XWPFDocument doc, Para p) {
        List<Object> flat = new ArrayList<>();
        p.body().flatten(flat);
        StringBuilder s = new StringBuilder();
        for (Object o : flat) s.append(o);
        XWPFParagraph para = doc.createParagraph();
        if (p.style() == Style.TITLE || p.style() == Style.PART) para.setAlignment(ParagraphAlignment.CENTER);
        if (p.style() == Style.BODY) para.setIndentationFirstLine(420);
        run(para, s.toString(), p.style() == Style.TITLE ? 20 : p.style() == Style.PART ? 15 : p.style() == Style.HEADING ? 11 : 10.5,
                p.style() != Style.BODY);
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
        return r;
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, t.title(), 13, true);
        // the code left, the unit right: one line, as the PDF prints them
        XWPFParagraph unit = doc.createParagraph();
        XWPFRun r = run(unit, t.code(), 8, false);
        r.addTab();
        r.setText("单位：万元");

        int columns = t.widths().length;
        int[] widths = widths(t.widths());
        XWPFTable table = doc.createTable(t.header().size() + t.rows().size(), columns);
        table.setWidth(TEXT_W);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        for (int h = 0; h < t.header().size(); h++) {
            List<String> hr = t.header().get(h);
            XWPFTableRow row = table.getRow(h);
            row.setRepeatHeader(true);
            // cells merged to the left are removed (from the right, so indexes stay valid) and the first spans them
            List<Integer> kept = new ArrayList<>();
            for (int c = 0; c < columns; c++) if (!hr.get(c).equals("<")) kept.add(c);
            for (int c = columns - 1; c >= 0; c--) if (hr.get(c).equals("<")) row.removeCell(c);
            for (int k = 0; k < kept.size(); k++) {
                int c = kept.get(k), end = k + 1 < kept.size() ? kept.get(k + 1) : columns;
                XWPFTableCell cell = row.getCell(k);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (end - c > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(end - c));
                String s = hr.get(c);
                boolean continues = s.equals("^");
                boolean restarts = !continues && h + 1 < t.header().size() && t.header().get(h + 1).get(c).equals("^");
                if (continues) pr.addNewVMerge().setVal(STMerge.CONTINUE);
                else if (restarts) pr.addNewVMerge().setVal(STMerge.RESTART);
                fill(cell, continues ? "" : s, ParagraphAlignment.CENTER);
            }
        }
        for (int i = 0; i < t.rows().size(); i++) {
            Row data = t.rows().get(i);
            XWPFTableRow row = table.getRow(t.header().size() + i);
            for (int c = 0; c < columns; c++) {
                fill(row.getCell(c), data.cells().get(c).toString(), t.numeric()[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        if (t.note() != null) run(doc.createParagraph(), t.note(), 9, false);
        doc.createParagraph(); // Word merges two tables that touch
    }

    private static void fill(XWPFTableCell cell, String text, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        if (!text.isEmpty()) run(p, text, 7.5, false);
    }

    private static int[] widths(float[] relative) {
        float sum = 0;
        for (float w : relative) sum += w;
        int[] out = new int[relative.length];
        for (int i = 0; i < relative.length; i++) out[i] = Math.round(relative[i] / sum * TEXT_W);
        return out;
    }
}
