package org.auditor.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.auditor.model.TextLine;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Tika names a Word table cell by its place in the row, so every cell after one merged across columns
 * (gridSpan: "收入" over 项目 and 决算数) is named a column too far left, and its header lands over the wrong
 * numbers. POI reads the grid: each cell line is renamed to the grid column its cell starts in. Tables are
 * matched in Tika's order (through the document, a nested table after the table holding it); when the
 * counts of tables or cells do not agree the lines are kept as Tika named them.
 */
final class WordGrid {
    private static final Pattern WORD_CELL = Pattern.compile("^table (\\d+) row (\\d+) col (\\d+)$");

    private WordGrid() {}

    static List<TextLine> columns(Path file, List<TextLine> lines) {
        List<List<int[]>> grid = new ArrayList<>(); // per table, per row: the grid column (from 1) each cell starts in
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) if (e instanceof XWPFTable t) collect(t, grid);
        } catch (IOException | RuntimeException e) {
            return lines; // Tika read it; its names are the best left
        }
        int tables = 0;
        boolean spans = false;
        for (TextLine l : lines) {
            Matcher m = l.cell() == null ? null : WORD_CELL.matcher(l.cell());
            if (m == null || !m.matches()) continue;
            tables = Math.max(tables, Integer.parseInt(m.group(1)));
            int[] starts = starts(grid, m);
            if (starts == null) return lines;
            spans |= starts[Integer.parseInt(m.group(3)) - 1] != Integer.parseInt(m.group(3));
        }
        if (tables != grid.size() || !spans) return lines;
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            Matcher m = l.cell() == null ? null : WORD_CELL.matcher(l.cell());
            if (m == null || !m.matches()) { out.add(l); continue; }
            int column = starts(grid, m)[Integer.parseInt(m.group(3)) - 1];
            out.add(new TextLine(l.page(), l.line(), l.text(), l.xs(), l.box(),
                    "table " + m.group(1) + " row " + m.group(2) + " col " + column, l.ocr()));
        }
        return out;
    }

    /** The start columns of the cell's row, or null when POI has no such table, row or cell. */
    private static int[] starts(List<List<int[]>> grid, Matcher m) {
        int t = Integer.parseInt(m.group(1)) - 1, r = Integer.parseInt(m.group(2)) - 1, c = Integer.parseInt(m.group(3)) - 1;
        if (t >= grid.size() || r >= grid.get(t).size()) return null;
        int[] starts = grid.get(t).get(r);
        return c < starts.length ? starts : null;
    }

    private static void collect(XWPFTable t, List<List<int[]>> out) {
        List<int[]> rows = new ArrayList<>();
        out.add(rows);
        for (XWPFTableRow r : t.getRows()) {
            List<XWPFTableCell> cells = r.getTableCells();
            int[] starts = new int[cells.size()];
            int column = 1;
            for (int i = 0; i < cells.size(); i++) {
                starts[i] = column;
                CTTcPr pr = cells.get(i).getCTTc().getTcPr();
                column += pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
            }
            rows.add(starts);
            for (XWPFTableCell cell : cells) for (XWPFTable nested : cell.getTables()) collect(nested, out);
        }
    }
}
