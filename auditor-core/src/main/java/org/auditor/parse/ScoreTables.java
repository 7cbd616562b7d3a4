package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Claim;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Rate;
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
    private static final int CONTINUATION_MAX_CHARS = 40;

    /** A cell: its text (paragraphs joined) and the line of each paragraph. */
    record Cell(List<TextLine> lines) {
        String text() { return String.join("", lines.stream().map(l -> l.text().strip()).toList()); }
    }


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

    static TablesRead read(String file, List<TextLine> lines) {
        return TablesRead.read(lines, (tables, claims) -> pdf(file, lines, tables, claims),
                (rows, tables, claims) -> scoreTable(file, "s" + (tables.size() + 1), rows, tables, claims));
    }

    /** The small tables of a document without positions, as rows of cells: DOCX table cells, else text flattened one cell per line. */
    static List<List<List<Cell>>> cellTables(List<TextLine> lines) {
        return lines.stream().anyMatch(l -> l.cell() != null) ? wordTables(lines) : flattened(lines);
    }

    /** Where a PDF score table's 分值 and 得分 columns lie: from the left x of their header to the next header's. */
    private record Header(int last, float weightX, float weightEnd, float scoreX, float scoreEnd, float[] rate) {}

    /** A section weight "(50分)" read in a PDF table: the line its cell starts on, and the weight. */
    private record Section(int top, Quantity weight) {}

    private static final int ROW_GAP = 80;
    /** A short line ending in 表 (or 表 and its year): the title of the next table. */
    private static final Pattern TABLE_TITLE = Pattern.compile("^\\S{4,40}表[（(]?\\s*(\\d{4}\\s*年度?)?[)）]?$");
    private static final float CELL_LINE_GAP = 20f;

    /**
     * PDF score tables. Cells are centred or right-aligned under headers that are themselves centred, so a
     * number belongs to the column whose header starts at or left of it and before the next header (never
     * to the nearest centre). A row is a line with a number in the 分值 or 得分 column; a header band met
     * later (资金 part, then 指标 part) moves the columns. A "(50分)" opens its section at the first row at
     * or below the top of its own cell (top-aligned, often a line above the weight). The table ends after
     * its 总分 row: a line labelled 总分/合计, or a line of two bare numbers left of the 分值 column (the
     * label column of a merged 总分 row can print too narrow to show its text); or at prose left of it.
     */
    private static void pdf(String file, List<TextLine> lines, List<Table> tables, List<Claim> claims) {
        int i = 0;
        while (i < lines.size()) {
            Header h = header(lines, i);
            if (h == null) { i++; continue; }
            String id = "s" + (tables.size() + 1);
            List<ScoreRow> rows = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            int qn = 0, lastRow = h.last();
            float left = Float.POSITIVE_INFINITY;
            for (int b : PdfPieces.band(lines, i)) for (PdfPieces.Piece p : PdfPieces.of(b, lines.get(b))) left = Math.min(left, p.x0());
            int j = h.last() + 1;
            for (; j < lines.size() && j - lastRow <= ROW_GAP; j++) {
                TextLine l = lines.get(j);
                List<PdfPieces.Piece> ps = PdfPieces.of(j, l);
                if (ps.isEmpty()) continue;
                Header next = header(lines, j);
                if (next != null) { h = next; lastRow = j = next.last(); continue; }
                if (!l.text().contains("\t") && l.text().strip().length() >= 20 && ps.get(0).x0() < left - 3) break; // prose
                if (ps.size() == 1 && (TABLE_TITLE.matcher(ps.get(0).text()).find() || ps.get(0).text().startsWith("单位"))) break; // the next table
                for (PdfPieces.Piece p : ps) left = Math.min(left, p.x0());
                PdfPieces.Piece weight = null, score = null;
                for (PdfPieces.Piece p : ps) {
                    if (!p.number()) continue;
                    if (weight == null && PdfPieces.within(p, h.weightX(), h.weightEnd())) weight = p;
                    else if (score == null && PdfPieces.within(p, h.scoreX(), h.scoreEnd())) score = p;
                }
                if (h.rate() != null) rate(file, id + "r" + (++qn), ps, h.rate(), claims);
                String label = ps.get(0).number() ? "" : ps.get(0).text();
                boolean named = label.replace(" ", "").startsWith("总分") || label.replace(" ", "").startsWith("合计");
                float weightX = h.weightX();
                List<PdfPieces.Piece> bare = ps.stream().filter(p -> p.number() && p.x0() < weightX - 3).toList();
                if (weight == null && score == null && !rows.isEmpty()
                        && (named && bare.size() >= 1 || !named && bare.size() == 2 && bare.size() == ps.size())) {
                    Quantity w = PdfPieces.quantity(file, id + "v" + (++qn), bare.get(0), QuantityKind.SCORE, null, "分", "绩效自评表", "总分/分值");
                    Quantity s = bare.size() > 1 ? PdfPieces.quantity(file, id + "g" + (++qn), bare.get(1), QuantityKind.SCORE, null, "分", "绩效自评表", "总分/得分") : null;
                    rows.add(new ScoreRow("总分", null, w, s, true));
                    rowLines.add(j);
                    j++;
                    break;
                }
                if (weight != null || score != null) {
                    String at = label.isEmpty() ? "l." + l.line() : label;
                    Quantity w = weight == null ? null : PdfPieces.quantity(file, id + "v" + (++qn), weight, QuantityKind.SCORE, null, "分", "绩效自评表", at + "/分值");
                    Quantity s = score == null ? null : PdfPieces.quantity(file, id + "g" + (++qn), score, QuantityKind.SCORE, null, "分", "绩效自评表", at + "/得分");
                    rows.add(new ScoreRow(at, null, w, s, false));
                    rowLines.add(j);
                    lastRow = j;
                }
                for (PdfPieces.Piece p : ps) {
                    Matcher m = WEIGHT.matcher(p.text());
                    if (p.number() || p.x0() >= h.weightX() - 3 || !m.find()) continue;
                    String digits = m.group(1);
                    PdfPieces.Piece d = new PdfPieces.Piece(l, j, digits, p.from() + p.text().indexOf(digits), p.x0(), p.x1());
                    int top = cellTop(lines, j, p);
                    sections.add(new Section(top, PdfPieces.quantity(file, id + "w" + (++qn), d, QuantityKind.SCORE, null, "分", "绩效自评表", cellText(lines, top, j, p))));
                }
            }
            // a section opens at the first row at or below the top of its cell
            for (Section sec : sections)
                for (int r = 0; r < rows.size(); r++) {
                    ScoreRow row = rows.get(r);
                    if (rowLines.get(r) < sec.top() || row.total()) continue;
                    if (row.section() == null) rows.set(r, new ScoreRow(sec.weight().label(), sec.weight(), row.weight(), row.score(), false));
                    break;
                }
            if (!rows.isEmpty()) build(id, rows, tables, claims);
            i = Math.max(j, i + 1);
        }
    }

    /** 执行率 = 全年执行数 / 全年预算数 on a PDF line printing all three under their headers ([from, to) x of each). */
    private static void rate(String file, String id, List<PdfPieces.Piece> ps, float[] cols, List<Claim> claims) {
        PdfPieces.Piece budget = null, actual = null, rate = null;
        for (PdfPieces.Piece p : ps) {
            if (p.number() && budget == null && PdfPieces.within(p, cols[0], cols[1])) budget = p;
            else if (p.number() && actual == null && PdfPieces.within(p, cols[2], cols[3])) actual = p;
            else if (rate == null && PERCENT.matcher(p.text()).matches() && PdfPieces.within(p, cols[4], cols[5])) rate = p;
        }
        if (budget == null || actual == null || rate == null) return;
        Matcher m = PERCENT.matcher(rate.text());
        m.matches();
        PdfPieces.Piece digits = new PdfPieces.Piece(rate.line(), rate.index(), m.group(1), rate.from(), rate.x0(), rate.x1());
        Quantity b = PdfPieces.quantity(file, id + "b", budget, QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "绩效自评表", "全年预算数");
        Quantity a = PdfPieces.quantity(file, id + "a", actual, QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "绩效自评表", "全年执行数");
        Quantity r = PdfPieces.quantity(file, id, digits, QuantityKind.PERCENT, null, "%", "绩效自评表", "执行率");
        claims.add(new Rate(r.id() + ".rate", a, b, r, null, null));
    }

    /** The header of a PDF score table when line i prints 分值 and its band a …得分 header, else null. */
    private static Header header(List<TextLine> lines, int i) {
        if (lines.get(i).box() == null || PdfPieces.of(i, lines.get(i)).stream().noneMatch(p -> p.text().replace(" ", "").equals("分值"))) return null;
        List<Integer> band = PdfPieces.band(lines, i);
        java.util.Map<Float, String> cells = PdfPieces.headerCells(lines, band);
        Float w = null, s = null;
        for (var e : cells.entrySet()) {
            String t = e.getValue();
            if (t.equals("分值")) w = e.getKey();
            else if (t.endsWith("得分") && t.length() <= 4) s = e.getKey();
        }
        if (w == null || s == null) return null;
        int last = band.stream().mapToInt(Integer::intValue).max().orElse(i);
        List<Float> xs = new ArrayList<>(cells.keySet());
        int[] rc = rateColumns(new ArrayList<>(cells.values()));
        float[] rate = null;
        if (rc != null) {
            rate = new float[6];
            for (int k = 0; k < 3; k++) { rate[2 * k] = xs.get(rc[k]); rate[2 * k + 1] = PdfPieces.nextX(cells, xs.get(rc[k])); }
        }
        return new Header(last, w, PdfPieces.nextX(cells, w), s, PdfPieces.nextX(cells, s), rate);
    }

    /** The first line of the cell holding piece p on line k: text at the same x on the lines just above. */
    private static int cellTop(List<TextLine> lines, int k, PdfPieces.Piece p) {
        int top = k;
        for (int m = k - 1; m >= Math.max(0, k - 6); m--) {
            TextLine l = lines.get(m);
            if (l.box() == null || l.page() != lines.get(top).page() || lines.get(top).box().y() - l.box().y() > CELL_LINE_GAP) break;
            if (PdfPieces.of(m, l).stream().anyMatch(q -> !q.number() && Math.abs(q.x0() - p.x0()) <= 3)) top = m;
        }
        return top;
    }

    private static String cellText(List<TextLine> lines, int top, int k, PdfPieces.Piece p) {
        StringBuilder b = new StringBuilder();
        for (int m = top; m <= k; m++)
            for (PdfPieces.Piece q : PdfPieces.of(m, lines.get(m))) if (!q.number() && Math.abs(q.x0() - p.x0()) <= 3) b.append(q.text());
        return b.toString();
    }

    private static final Pattern WORD_CELL = Pattern.compile("^table (\\d+) row (\\d+) col (\\d+)$");

    /** DOCX tables: one line per cell, named "table T row R col C" by the extractor. */
    static List<List<List<Cell>>> wordTables(List<TextLine> lines) {
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

    /** A row of a score table as read: its label, the section weight it opens, its 分值 and 得分, whether it is the 总分 row. */
    record ScoreRow(String label, Quantity section, Quantity weight, Quantity score, boolean total) {}

    private static void scoreTable(String file, String id, List<List<Cell>> rows, List<Table> tables, List<Claim> claims) {
        int weightCol = -1, scoreCol = -1, width = 0, qn = 0;
        int[] rateCols = null;
        List<ScoreRow> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            int w = -1, s = -1;
            for (int c = 0; c < row.size(); c++) {
                String t = row.get(c).text().replace("　", "").strip();
                if (t.equals("分值")) w = c;
                else if (t.endsWith("得分") && t.length() <= 4) s = c;
            }
            if (w >= 0 && s >= 0) {
                weightCol = w; scoreCol = s; width = row.size();
                rateCols = rateColumns(row.stream().map(c -> c.text().replace(" ", "").replace("　", "")).toList());
                continue;
            }
            if (weightCol < 0) continue;
            int offset = width - row.size(); // merged cells on the left
            if (rateCols != null && offset == 0) {
                Quantity budget = amount(file, id + "b" + (++qn), row, rateCols[0], "全年预算数");
                Quantity actual = amount(file, id + "a" + (++qn), row, rateCols[1], "全年执行数");
                Quantity rate = percent(file, id + "r" + (++qn), row, rateCols[2]);
                if (budget != null && actual != null && rate != null) claims.add(new Rate(rate.id() + ".rate", actual, budget, rate, null, null));
            }
            String label = firstText(row);
            boolean total = label.startsWith("总分") || label.startsWith("合计");
            Quantity section = null;
            for (Cell c : row) {
                Matcher m = WEIGHT.matcher(c.text());
                if (m.find() && !total && section == null) {
                    TextLine at = lineHolding(c, m.group());
                    int col = at.text().indexOf(m.group(1));
                    section = CellQuantities.at(file, id + "w" + (++qn), at, col, m.group(1), QuantityKind.SCORE, null, "分", "绩效自评表", label);
                }
            }
            Quantity weight = number(file, id + "v" + (++qn), row, weightCol - offset, label + "/分值");
            Quantity score = number(file, id + "g" + (++qn), row, scoreCol - offset, label + "/得分");
            out.add(new ScoreRow(label, section, weight, score, total));
        }
        if (weightCol >= 0) build(id, out, tables, claims);
    }

    /**
     * The relations a score table asserts: every 得分 ≤ its 分值; a section's weight = Σ the 分值 of its rows
     * (up to the next section); the 总分 row = Σ the 分值 (and Σ the 得分) of all rows above it.
     */
    static void build(String id, List<ScoreRow> rows, List<Table> tables, List<Claim> claims) {
        Quantity sectionWeight = null;
        List<Quantity> sectionItems = new ArrayList<>(), allWeights = new ArrayList<>(), allScores = new ArrayList<>();
        List<Table.Cell> cells = new ArrayList<>();
        List<Table.Row> tableRows = new ArrayList<>();
        for (ScoreRow row : rows) {
            if (row.section() != null) {
                if (sectionWeight != null) section(sectionWeight, sectionItems, claims);
                sectionWeight = row.section();
                sectionItems = new ArrayList<>();
            }
            Quantity weight = row.weight(), score = row.score();
            int r = tableRows.size();
            tableRows.add(new Table.Row(r, row.label(), null, row.total() ? 0 : -1));
            if (weight != null) cells.add(new Table.Cell(r, 0, weight));
            if (score != null) cells.add(new Table.Cell(r, 1, score));
            if (row.total()) {
                if (weight != null && !allWeights.isEmpty()) claims.add(new ScoreLine(weight.id() + ".t", ScoreLine.Kind.ITEMS, weight, null, allWeights));
                if (score != null && !allScores.isEmpty()) claims.add(new ScoreLine(score.id() + ".t", ScoreLine.Kind.ITEMS, score, null, allScores));
                continue;
            }
            if (weight != null) { sectionItems.add(weight); allWeights.add(weight); }
            if (score != null) allScores.add(score);
            if (weight != null && score != null) claims.add(new ScoreLine(score.id() + ".cap", ScoreLine.Kind.CAP, score, weight, List.of()));
        }
        if (sectionWeight != null) section(sectionWeight, sectionItems, claims);
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
        return CellQuantities.wholeLine(file, id, c.lines().get(0), QuantityKind.SCORE, null, "分", "绩效自评表", label);
    }

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

    /**
     * The columns of 全年预算数, 全年执行数 and 执行率 among a header row's cell texts (the 资金 part of a self-evaluation
     * table: 执行率 = 全年执行数 / 全年预算数), or null when the header does not print all three.
     */
    static int[] rateColumns(List<String> headers) {
        int[] col = {-1, -1, -1};
        for (int c = 0; c < headers.size(); c++) {
            String t = headers.get(c);
            if (t.contains("全年预算") && col[0] < 0) col[0] = c;
            else if (t.endsWith("执行数") && col[1] < 0) col[1] = c;
            else if (t.equals("执行率") && col[2] < 0) col[2] = c;
        }
        return col[0] >= 0 && col[1] >= 0 && col[2] >= 0 ? col : null;
    }

    private static Quantity amount(String file, String id, List<Cell> row, int col, String label) {
        if (col < 0 || col >= row.size()) return null;
        return CellQuantities.wholeLine(file, id, row.get(col).lines().get(0), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "绩效自评表", label);
    }

    private static Quantity percent(String file, String id, List<Cell> row, int col) {
        if (col < 0 || col >= row.size()) return null;
        TextLine l = row.get(col).lines().get(0);
        Matcher m = PERCENT.matcher(l.text().replace("　", " ").strip());
        if (!m.matches()) return null;
        int at = l.text().indexOf(m.group(1));
        Location loc = new Location(file, l.page(), l.line(), Math.max(0, at), m.group(1).length(), l.text().strip(), "绩效自评表 / 执行率", null);
        return new Quantity(id, Printed.parse(m.group(1)), QuantityKind.PERCENT, null, "%", "执行率", null, loc, l.ocr());
    }

}
