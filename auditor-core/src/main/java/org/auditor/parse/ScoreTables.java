package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Claim;
import org.auditor.model.Location;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.ScoreLine;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * Score tables (绩效自评表) of text flattened one cell per line, as the seed exports print them: a cell is
 * a TAB-indented line, its further paragraphs follow as short untabbed lines (after at most one blank
 * line); one blank line then a cell line starts the next row; two blank lines end the table. A row whose
 * cells name 分值 and …得分 sets the columns; a merged row with fewer cells is aligned on the right
 * (总分 | 100 | 99.2 | ""). A "(50分)" in a cell opens a section of that weight.
 */
final class ScoreTables {
    private static final Pattern WEIGHT = Pattern.compile("[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final int CONTINUATION_MAX_CHARS = 40;

    /** A cell: its text (paragraphs joined) and the line of each paragraph. */
    record Cell(List<TextLine> lines) {
        String text() { return String.join("", lines.stream().map(l -> l.text().strip()).toList()); }
    }

    record Result(List<Table> tables, List<Claim> claims) {}

    /** Every table flattened one cell per line in a text source, as rows of cells. */
    static List<List<List<Cell>>> flattened(List<TextLine> lines) {
        List<List<List<Cell>>> out = new ArrayList<>();
        if (lines.stream().anyMatch(l -> l.xs() != null || l.cell() != null)) return out;
        int i = 0;
        while (i < lines.size()) {
            if (!isCell(lines.get(i))) { i++; continue; }
            List<List<Cell>> rows = new ArrayList<>();
            i = readTable(lines, i, rows);
            out.add(rows);
        }
        return out;
    }

    static Result read(String file, List<TextLine> lines) {
        List<Table> tables = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        // PDF score tables are not read yet: their cells are centred unevenly under the 分值/得分 headers
        if (lines.stream().anyMatch(l -> l.xs() != null)) return new Result(tables, claims);
        if (lines.stream().anyMatch(l -> l.cell() != null)) {
            for (List<List<Cell>> rows : wordTables(lines)) scoreTable(file, "s" + (tables.size() + 1), rows, tables, claims);
            return new Result(tables, claims);
        }
        for (List<List<Cell>> rows : flattened(lines)) scoreTable(file, "s" + (tables.size() + 1), rows, tables, claims);
        return new Result(tables, claims);
    }

    private static final Pattern WORD_CELL = Pattern.compile("^table (\\d+) row (\\d+) col (\\d+)$");

    /** DOCX tables: one line per cell, named "table T row R col C" by the extractor. */
    private static List<List<List<Cell>>> wordTables(List<TextLine> lines) {
        List<List<List<Cell>>> tables = new ArrayList<>();
        String table = null, row = null;
        for (TextLine l : lines) {
            Matcher m = l.cell() == null ? null : WORD_CELL.matcher(l.cell());
            if (m == null || !m.matches()) continue;
            if (!m.group(1).equals(table)) { tables.add(new ArrayList<>()); table = m.group(1); row = null; }
            List<List<Cell>> rows = tables.get(tables.size() - 1);
            if (!m.group(2).equals(row)) { rows.add(new ArrayList<>()); row = m.group(2); }
            rows.get(rows.size() - 1).add(new Cell(new ArrayList<>(List.of(l))));
        }
        return tables;
    }

    private static boolean isCell(TextLine l) { return l.text().startsWith("\t"); }

    private static boolean blank(TextLine l) { return !isCell(l) && l.text().isBlank(); }

    private static int readTable(List<TextLine> lines, int start, List<List<Cell>> rows) {
        List<Cell> row = new ArrayList<>();
        Cell cell = null;
        int j = start;
        while (j < lines.size()) {
            TextLine l = lines.get(j);
            if (isCell(l)) {
                if (cell != null) row.add(cell);
                cell = new Cell(new ArrayList<>(List.of(l)));
                j++;
                continue;
            }
            int k = j;
            while (k < lines.size() && blank(lines.get(k))) k++;
            if (k >= lines.size() || k - j > 1) break;                     // two blank lines: the table ends
            if (k - j == 1 && isCell(lines.get(k))) {                       // one blank line, a cell: the next row
                if (cell != null) row.add(cell);
                rows.add(row);
                row = new ArrayList<>();
                cell = null;
                j = k;
                continue;
            }
            TextLine text = lines.get(k);
            if (cell == null || text.text().strip().length() > CONTINUATION_MAX_CHARS) break;
            cell.lines().add(text);                                         // a cell's further paragraph
            j = k + 1;
        }
        if (cell != null) row.add(cell);
        if (!row.isEmpty()) rows.add(row);
        return j;
    }

    private static void scoreTable(String file, String id, List<List<Cell>> rows, List<Table> tables, List<Claim> claims) {
        int weightCol = -1, scoreCol = -1, width = 0, qn = 0;
        Quantity sectionWeight = null;
        List<Quantity> sectionItems = new ArrayList<>(), allWeights = new ArrayList<>(), allScores = new ArrayList<>();
        List<Table.Cell> cells = new ArrayList<>();
        List<Table.Row> tableRows = new ArrayList<>();
        for (List<Cell> row : rows) {
            int w = -1, s = -1;
            for (int c = 0; c < row.size(); c++) {
                String t = row.get(c).text().replace("　", "").strip();
                if (t.equals("分值")) w = c;
                else if (t.endsWith("得分") && t.length() <= 4) s = c;
            }
            if (w >= 0 && s >= 0) { weightCol = w; scoreCol = s; width = row.size(); continue; }
            if (weightCol < 0) continue;
            int offset = width - row.size(); // merged cells on the left
            String label = firstText(row);
            boolean total = label.startsWith("总分") || label.startsWith("合计");
            for (Cell c : row) {
                Matcher m = WEIGHT.matcher(c.text());
                if (m.find() && !total) {
                    if (sectionWeight != null) section(sectionWeight, sectionItems, claims);
                    TextLine at = lineHolding(c, m.group());
                    int col = at.text().indexOf(m.group(1));
                    sectionWeight = quantity(file, id + "w" + (++qn), m.group(1), at, col, label);
                    sectionItems = new ArrayList<>();
                }
            }
            Quantity weight = number(file, id + "v" + (++qn), row, weightCol - offset, label + "/分值");
            Quantity score = number(file, id + "g" + (++qn), row, scoreCol - offset, label + "/得分");
            int r = tableRows.size();
            tableRows.add(new Table.Row(r, label, null, total ? 0 : -1));
            if (weight != null) cells.add(new Table.Cell(r, 0, weight));
            if (score != null) cells.add(new Table.Cell(r, 1, score));
            if (total) {
                if (weight != null && !allWeights.isEmpty()) claims.add(new ScoreLine(weight.id() + ".t", ScoreLine.Kind.ITEMS, weight, null, allWeights));
                if (score != null && !allScores.isEmpty()) claims.add(new ScoreLine(score.id() + ".t", ScoreLine.Kind.ITEMS, score, null, allScores));
                continue;
            }
            if (weight != null) { sectionItems.add(weight); allWeights.add(weight); }
            if (score != null) allScores.add(score);
            if (weight != null && score != null) claims.add(new ScoreLine(score.id() + ".cap", ScoreLine.Kind.CAP, score, weight, List.of()));
        }
        if (sectionWeight != null) section(sectionWeight, sectionItems, claims);
        if (weightCol < 0) return;
        tables.add(new Table(id, "绩效自评表", TableKind.SCORE, null, List.of(0),
                List.of(new Table.Column(0, "分值", "weight"), new Table.Column(1, "得分", "score")), tableRows, cells));
    }

    private static void section(Quantity weight, List<Quantity> items, List<Claim> claims) {
        if (!items.isEmpty()) claims.add(new ScoreLine(weight.id() + ".s", ScoreLine.Kind.ITEMS, weight, null, items));
    }

    private static String firstText(List<Cell> row) {
        for (Cell c : row) {
            String t = c.text().replace("　", "").strip();
            if (!t.isEmpty()) return t.length() > 30 ? t.substring(0, 30) : t;
        }
        return "";
    }

    private static TextLine lineHolding(Cell c, String text) {
        for (TextLine l : c.lines()) if (l.text().contains(text)) return l;
        return c.lines().get(0);
    }

    private static Quantity number(String file, String id, List<Cell> row, int col, String label) {
        if (col < 0 || col >= row.size()) return null;
        Cell c = row.get(col);
        TextLine l = c.lines().get(0);
        String t = l.text().replace("　", " ").strip();
        if (!NUMBER.matcher(t).matches()) return null;
        return quantity(file, id, t, l, l.text().indexOf(t), label);
    }

    private static Quantity quantity(String file, String id, String digits, TextLine l, int col, String label) {
        Location loc = new Location(file, l.page(), l.line(), Math.max(0, col), digits.length(), l.text().strip(), "绩效自评表 / " + label, null);
        return new Quantity(id, Printed.parse(digits), QuantityKind.SCORE, null, "分", label, null, loc, l.ocr());
    }
}
