package org.auditor.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Location;
import org.auditor.model.TextLine;

/**
 * Tables that Word documents and workbooks give one cell per line (DOCX through Tika: "table T row R col C";
 * XLS/XLSX through POI: "'Sheet'!C4") regrouped into one line per table row, each cell at the TAB index of
 * its column: the shape of a PDF table line without positions, so {@link TableParser} reads the nine tables
 * of every format into the same model. A row line carries made-up positions (a column per TAB, the rows one
 * under the other), so the readers that go by position (06表) read it too; it remembers the cell lines it was
 * made of, so a number is located in its own cell, by that cell's name, never by the made-up box. Lines of
 * other sources pass through unchanged.
 */
final class CellRows {
    private static final Pattern WORD_CELL = Pattern.compile("^(table \\d+ row \\d+) col (\\d+)$");
    private static final Pattern SHEET_CELL = Pattern.compile("^(.+!)\\$?([A-Z]{1,3})\\$?(\\d+)$");

    /** A cell of a row line: where its text starts in the row line, and the line it was extracted as. */
    private record Origin(int from, TextLine cell) {}

    private record Key(String row, int column) {}

    /** Made-up geometry of a row line: a column's cells span [c·PITCH, c·PITCH + WIDTH), rows ROW apart. */
    private static final float PITCH = 100, WIDTH = 90, ROW = 12;

    private final List<TextLine> lines;
    private final Map<TextLine, List<Origin>> origins;

    private CellRows(List<TextLine> lines, Map<TextLine, List<Origin>> origins) {
        this.lines = lines;
        this.origins = origins;
    }

    static CellRows of(List<TextLine> lines) {
        if (lines.stream().noneMatch(l -> l.cell() != null)) return new CellRows(lines, Map.of());
        List<TextLine> out = new ArrayList<>(lines.size());
        Map<TextLine, List<Origin>> origins = new IdentityHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            Key k = key(lines.get(i));
            if (k == null) { out.add(lines.get(i++)); continue; }
            StringBuilder text = new StringBuilder();
            List<Float> xs = new ArrayList<>();
            List<Origin> cells = new ArrayList<>();
            int tab = 0, slot = 0;
            Key at = k;
            do {
                TextLine cell = lines.get(i);
                // an empty cell is a TAB like in a PDF line; a column out of order (nested tables) takes the next one
                do {
                    if (tab > 0 || !text.isEmpty()) { text.append('\t'); xs.add(slot++ * PITCH + WIDTH); }
                } while (++tab <= at.column());
                cells.add(new Origin(text.length(), cell));
                String t = cell.text().replace('\t', ' '); // a TAB inside a cell would split it into two
                for (int c = 0; c < t.length(); c++) xs.add(slot * PITCH + c * WIDTH / t.length());
                text.append(t);
                i++;
            } while (i < lines.size() && (at = key(lines.get(i))) != null && at.row().equals(k.row()));
            TextLine first = cells.get(0).cell();
            float[] x = new float[xs.size()];
            for (int c = 0; c < x.length; c++) x[c] = xs.get(c);
            // positions as a ruled PDF table would have them: each column PITCH wide, the rows one under the other
            Location.Box box = new Location.Box(0, out.size() * ROW, slot * PITCH + WIDTH, ROW);
            TextLine row = new TextLine(first.page(), first.line(), text.toString(), x, box, k.row(), first.ocr());
            out.add(row);
            origins.put(row, cells);
        }
        return new CellRows(out, origins);
    }

    /** The row of a cell line and its column, counted from 0; null for a line that is no cell. */
    private static Key key(TextLine l) {
        if (l.cell() == null) return null;
        Matcher m = WORD_CELL.matcher(l.cell());
        if (m.matches()) return new Key(m.group(1), Integer.parseInt(m.group(2)) - 1);
        m = SHEET_CELL.matcher(l.cell());
        if (!m.matches()) return null;
        int column = 0;
        for (char c : m.group(2).toCharArray()) column = column * 26 + (c - 'A' + 1);
        return new Key(m.group(1) + m.group(3), column - 1);
    }

    List<TextLine> lines() { return lines; }

    /**
     * A table read from cells ends at the first text outside them: a workbook's next sheet name, a Word
     * paragraph after the table (blank ones aside). Without cells (PDF, text) nothing ends a table here.
     */
    boolean endsTable(TextLine l) {
        return !origins.isEmpty() && !origins.containsKey(l) && !l.text().isBlank();
    }

    /** The lines a line of {@link #lines()} was made of: its cells, or itself. */
    List<TextLine> sources(TextLine l) {
        List<Origin> o = origins.get(l);
        return o == null ? List.of(l) : o.stream().map(Origin::cell).toList();
    }

    /**
     * Where the number {@code p} of line {@code l} was printed, under {@code section} ("title / row / column"):
     * in a PDF its line and box; in a regrouped row its own cell, whose name ends the section.
     */
    Location location(String file, TextLine l, TableParser.Piece p, String section) {
        String snippet = l.text().replace('\t', ' ').strip();
        List<Origin> cells = origins.get(l);
        if (cells == null) {
            return new Location(file, l.page(), l.line(), p.from(), p.to() - p.from(), snippet, section, l.spanBox(p.from(), p.to()));
        }
        Origin o = cells.get(0);
        for (Origin c : cells) if (c.from() <= p.from()) o = c;
        TextLine cell = o.cell();
        return new Location(file, cell.page(), cell.line(), p.from() - o.from(), p.to() - p.from(), snippet, section, null, cell.cell());
    }
}
