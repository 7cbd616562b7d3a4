package org.auditor.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Interval;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * Reads the tables of a document from its lines: a title the vocabulary knows (tables.yaml) followed by a
 * "单位：" line opens a table; it runs, across pages (续表), to the next title or to prose. PDF lines carry
 * TAB-separated cells and the x of every character: numbers fall into columns by their right edge, and a
 * number belongs to the row label on its line, or — where a tall cell centres its number off the label's
 * line — to the nearest row of its label column that has no value in that column yet. Text sources without
 * positions use the TAB index as the column.
 */
public final class TableParser {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern UNIT = Pattern.compile("单位[：:]\\s*(万元|元|亿元)");
    /** A label that starts a row: a classification code, a Chinese ordinal, or a total. */
    private static final Pattern ROW_START = Pattern.compile("^(\\d{3}(\\d{2}){0,2}$|[一二三四五六七八九十]+、|合计|总计|本年.*合计|小计|年初|年末|使用|结余分配|其中|人员经费合计|公用经费合计)");
    private static final Pattern ORDINAL_OR_TOTAL = Pattern.compile("^([一二三四五六七八九十]+、|总计|本年.*合计|年末|结余分配|公用经费合计)");
    private static final Pattern CODE = Pattern.compile("^\\d{3}(\\d{2}){0,2}$");
    private static final Pattern CODE_PART = Pattern.compile("^\\d{2}$");
    private static final int LONGEST_TITLE = 60;
    private static final int PROSE = 40;

    private final Vocabulary vocabulary;

    private final TableConcepts concepts;
    private final ThreePublicTable threePublic;

    public TableParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.concepts = new TableConcepts(vocabulary);
        this.threePublic = new ThreePublicTable(vocabulary);
    }

    /** The tables found, and the lines they consumed (the narrative parser must not read those again). */
    public record Result(List<Table> tables, Set<TextLine> consumed) {}

    public Result parse(String file, List<TextLine> extracted) {
        CellRows cellRows = CellRows.of(extracted); // DOCX/XLSX cells, one line each, as rows
        List<TextLine> lines = cellRows.lines();
        List<Table> tables = new ArrayList<>();
        Set<TextLine> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<int[]> spans = new ArrayList<>(); // [title, unit line, end exclusive]
        for (int i = 0; i < lines.size(); i++) {
            int unitLine = titleAt(lines, i);
            if (unitLine >= 0) spans.add(new int[] {i, unitLine, lines.size()});
        }
        for (int s = 0; s < spans.size(); s++) {
            int[] sp = spans.get(s);
            int limit = s + 1 < spans.size() ? spans.get(s + 1)[0] : lines.size();
            int end = sp[1] + 1;
            while (end < limit && !isProse(lines.get(end)) && !cellRows.endsTable(lines.get(end))) end++;
            sp[2] = end;
            Table t = read(file, "t" + (tables.size() + 1), lines, sp[0], sp[1], end, cellRows);
            tables.add(t);
            for (int k = sp[0]; k < end; k++) consumed.addAll(cellRows.sources(lines.get(k)));
        }
        return new Result(tables, consumed);
    }

    /** The index of the unit line when line i is a table title, else −1. */
    private int titleAt(List<TextLine> lines, int i) {
        String t = lines.get(i).text().strip();
        if (t.isEmpty() || t.length() > LONGEST_TITLE || t.contains("\t")) return -1;
        if (vocabulary.tableKind(t) == null) return -1;
        for (int k = i + 1; k <= i + 2 && k < lines.size(); k++) if (UNIT.matcher(lines.get(k).text()).find()) return k;
        return -1;
    }

    private static boolean isProse(TextLine l) {
        String t = l.text().strip();
        if (t.contains("\t")) return false;
        return t.length() > PROSE || t.startsWith("第") && t.contains("部分") || t.startsWith("注");
    }

    /** One TAB-separated piece of a line with its horizontal extent. */
    record Piece(int line, String text, int from, int to, float x0, float x1, boolean number) {}

    private Table read(String file, String id, List<TextLine> all, int title, int unitLine, int end, CellRows cellRows) {
        String titleText = all.get(title).text().strip();
        TableKind kind = vocabulary.tableKind(titleText);
        Matcher um = UNIT.matcher(all.get(unitLine).text());
        MoneyUnit unit = um.find() ? MoneyUnit.fromLabel(um.group(1)) : MoneyUnit.WAN_YUAN;
        List<TextLine> body = all.subList(unitLine + 1, end);
        if (kind == TableKind.FA07_THREE_PUBLIC) {
            Table t = threePublic.read(file, id, titleText, unit, pagesOf(all, title, end), body, cellRows);
            if (t != null) return t;
        }
        if (kind == TableKind.FA06_BASIC_EXPENSE) {
            // 经济分类 codes split over two lines, two or three column groups side by side: read by position
            Table t = BasicExpenseTable.read(file, id, titleText, unit, body, pagesOf(all, title, end), concepts, cellRows);
            if (t != null) return t;
        }
        List<List<Piece>> pieces = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) pieces.add(pieces(i, body.get(i)));

        // rows: label runs that start a row, in label columns found by their left x
        int firstRow = -1;
        List<RowBuilder> rows = new ArrayList<>();
        Map<Integer, List<RowBuilder>> rowsOfLine = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            // above the first row, a line naming two measures and no number is a header even where a word of it
            // starts a run of its own (年初结转和结余 … 年末结转和结余 in the 08/09 tables)
            boolean headerLine = firstRow < 0 && isHeaderLine(pieces.get(i));
            for (List<Piece> run : labelRuns(pieces.get(i))) {
                String label = join(run);
                if (headerLine || !ROW_START.matcher(run.get(0).text().replace(" ", "")).find() || isHeader(run)) continue;
                if (firstRow < 0) firstRow = i;
                RowBuilder r = new RowBuilder(i, run);
                rows.add(r);
                rowsOfLine.computeIfAbsent(i, k -> new ArrayList<>()).add(r);
            }
        }
        if (firstRow < 0) firstRow = body.size();
        // columns: numbers clustered by their right edge
        List<Piece> numbers = new ArrayList<>(); // amounts: numbers that are not part of a label's code
        for (int i = 0; i < body.size(); i++) {
            Set<Piece> inLabels = Collections.newSetFromMap(new IdentityHashMap<>());
            labelRuns(pieces.get(i)).forEach(inLabels::addAll);
            for (Piece p : pieces.get(i)) if (p.number() && !inLabels.contains(p)) numbers.add(p);
        }
        List<float[]> cols = new ArrayList<>(); // [unused, min x0, max x1]: numbers whose extents overlap
        numbers.stream().sorted(Comparator.comparingDouble(Piece::x0)).forEach(p -> {
            float[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
            if (last != null && p.x0() <= last[2] + 1) last[2] = Math.max(last[2], p.x1());
            else cols.add(new float[] {0, p.x0(), p.x1()});
        });
        // wrapped label text on lines without a row start: before a nameless code row, else after the row above
        for (int i = Math.max(0, firstRow - 1); i < body.size(); i++) {
            if (rowsOfLine.containsKey(i) || repeatedHead(pieces.get(i))) continue;
            boolean header = i < firstRow; // the line above the first row: only a nameless code row's name
            for (List<Piece> run : labelRuns(pieces.get(i))) {
                RowBuilder next = nearestRow(rows, cols, run.get(0).x0(), i, +1);
                RowBuilder prev = nearestRow(rows, cols, run.get(0).x0(), i, -1);
                boolean prevAdjacent = prev != null && prev.line == i - 1;
                if (next != null && next.line == i + 1 && (next.name.isEmpty() || !prevAdjacent && !header)) next.prefix.append(join(run));
                else if (prev != null && !header) prev.suffix.append(join(run));
            }
        }

        List<StringBuilder> headers = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) headers.add(new StringBuilder());
        // a header piece belongs to the number column it overlaps most, unless its centre lies right of that column:
        // numbers are right-aligned and headers centred, so a header can graze the numbers of the column on its left
        List<Piece> unplaced = new ArrayList<>();
        boolean[] headed = new boolean[cols.size()];
        for (int i = 0; i < Math.min(firstRow, body.size()); i++) {
            for (Piece p : pieces.get(i)) {
                if (p.number()) continue;
                int best = -1;
                float bestOverlap = 0;
                for (int c = 0; c < cols.size(); c++) {
                    float ov = Math.min(p.x1(), cols.get(c)[2] + 4) - Math.max(p.x0(), cols.get(c)[1] - 4);
                    if (ov > bestOverlap && (p.x0() + p.x1()) / 2 <= cols.get(c)[2] + 4) { bestOverlap = ov; best = c; }
                }
                if (best >= 0) { headers.get(best).append(p.text().replace(" ", "")); headed[best] = true; }
                else unplaced.add(p);
            }
        }
        // a column no header overlaps takes the one centred in its cell: from the right edge of what stands left of
        // it (the column before, or the row labels) to its own right edge
        for (int c = 0; c < cols.size(); c++) {
            if (headed[c]) continue;
            float left = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < c; k++) left = Math.max(left, cols.get(k)[2]);
            for (RowBuilder r : rows) if (r.x1 <= cols.get(c)[1] + 1) left = Math.max(left, r.x1);
            for (Piece p : unplaced) {
                float centre = (p.x0() + p.x1()) / 2;
                if (centre > left + 4 && centre <= cols.get(c)[2] + 4) headers.get(c).append(p.text().replace(" ", ""));
            }
        }

        // cells: on the row's own line first, then the off-line numbers to the nearest free row
        Map<RowBuilder, Map<Integer, Piece>> cells = new IdentityHashMap<>();
        List<Piece> offLine = new ArrayList<>();
        for (Piece p : numbers) {
            int col = columnOf(cols, p);
            RowBuilder r = null;
            for (RowBuilder cand : rowsOfLine.getOrDefault(p.line(), List.of()))
                if (cand.x1 <= p.x0() + 1 && (r == null || cand.x1 > r.x1)) r = cand;
            Map<Integer, Piece> m = r == null ? null : cells.computeIfAbsent(r, k -> new LinkedHashMap<>());
            if (m != null && !m.containsKey(col)) m.put(col, p);
            // a number with no row on its line belongs to a tall cell; one that collides with its row's value in
            // the same column means the columns were not told apart there: placing it elsewhere would invent a cell
            else if (r == null) offLine.add(p);
        }
        for (Piece p : offLine) {
            int col = columnOf(cols, p);
            RowBuilder best = null;
            int bestDist = Integer.MAX_VALUE;
            for (RowBuilder r : rows) {
                if (r.x1 > p.x0() + 1 || sideStart(rows, cols, r.x0 + 1) != sideStart(rows, cols, p.x0())) continue;
                Map<Integer, Piece> m = cells.get(r);
                if (m != null && m.containsKey(col)) continue;
                int d = Math.abs(r.line - p.line());
                if (d < bestDist) { bestDist = d; best = r; }
            }
            if (best != null && bestDist <= 3) cells.computeIfAbsent(best, k -> new LinkedHashMap<>()).put(col, p);
        }

        List<Table.Column> columns = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            String h = headers.get(c).toString();
            columns.add(new Table.Column(c, h, measureOf(h)));
        }
        List<Table.Row> tableRows = new ArrayList<>();
        List<Table.Cell> tableCells = new ArrayList<>();
        List<Integer> pages = pagesOf(all, title, end);
        boolean underCarryOver = false;
        for (RowBuilder r : rows) {
            Table.Row row = r.build(tableRows.size());
            tableRows.add(row);
            underCarryOver |= row.code() == null && row.label().contains("结转") && (row.label().contains("年初") || row.label().contains("年末"));
            boolean carry = underCarryOver;
            Map<Integer, Piece> m = cells.getOrDefault(r, Map.of());
            new java.util.TreeMap<>(m).forEach((col, p) -> {
                TextLine l = body.get(p.line());
                String section = titleText + " / " + row.label() + " / " + columns.get(col).header();
                Location loc = cellRows.location(file, l, p, section);
                Quantity q = new Quantity(id + "r" + row.index() + "c" + col, Printed.parse(p.text()), QuantityKind.AMOUNT, unit, "",
                        row.label() + "/" + columns.get(col).header(), concepts.of(kind, row, columns.get(col), carry), loc, l.ocr());
                tableCells.add(new Table.Cell(row.index(), col, q));
            });
        }
        return new Table(id, titleText, kind, unit, pages, columns, tableRows, verifiedConcepts(kind, tableRows, columns, tableCells));
    }

    private static List<Integer> pagesOf(List<TextLine> all, int title, int end) {
        Set<Integer> pages = new TreeSet<>();
        for (int k = title; k < end; k++) pages.add(all.get(k).page());
        return List.copyOf(pages);
    }

    /**
     * The 合计 row's cells name report-wide quantities (XSEC compares them with the narrative and other tables),
     * so a header put over the wrong column would raise false restatements. In the one-sided tables whose 合计
     * column is the sum of the others (02, 03, 05) those concepts are kept only when the 合计 row confirms its
     * headers: the column headed 合计 meets the sum of the columns headed as its parts, within rounding.
     */
    private static List<Table.Cell> verifiedConcepts(TableKind kind, List<Table.Row> rows, List<Table.Column> columns, List<Table.Cell> cells) {
        if (kind != TableKind.FA02_INCOME && kind != TableKind.FA03_EXPENSE && kind != TableKind.FA05_GENERAL_BUDGET_EXPENSE) return cells;
        List<Table.Cell> out = new ArrayList<>(cells.size());
        for (Table.Cell c : cells) {
            boolean keep = !rows.get(c.row()).isTotal() || c.value().concept() == null || headersConfirmed(c.row(), columns, cells);
            out.add(keep ? c : new Table.Cell(c.row(), c.column(), c.value().withConcept(null)));
        }
        return out;
    }

    private static boolean headersConfirmed(int row, List<Table.Column> columns, List<Table.Cell> cells) {
        Quantity total = null;
        Interval parts = Interval.exact(java.math.BigDecimal.ZERO);
        int n = 0;
        for (Table.Cell c : cells) {
            if (c.row() != row) continue;
            String m = columns.get(c.column()).measure();
            if (m == null) return false; // a number under no known header: the headers are off
            if (m.equals("total")) { if (total == null) total = c.value(); }
            else { parts = parts.plus(c.value().interval()); n++; }
        }
        return total == null ? n <= 1 : n == 0 || parts.overlaps(total.interval());
    }

    private String measureOf(String header) {
        String m = vocabulary.measure(header);
        return m != null ? m : vocabulary.measureEnding(header);
    }

    private static int columnOf(List<float[]> cols, Piece p) {
        for (int c = 0; c < cols.size(); c++) if (p.x0() >= cols.get(c)[1] && p.x0() <= cols.get(c)[2]) return c;
        return cols.size() - 1;
    }

    /**
     * Where the side of a two-sided table that holds x starts: the rightmost row label left of x that has a
     * number column to its own left (the 支出 side's labels follow the 收入 side's numbers); 0 on one side.
     */
    private static float sideStart(List<RowBuilder> rows, List<float[]> cols, float x) {
        float start = 0;
        for (RowBuilder r : rows) {
            if (r.x0 > x || r.x0 <= start) continue;
            for (float[] c : cols) if (c[2] < r.x0) { start = r.x0; break; }
        }
        return start;
    }

    private static RowBuilder nearestRow(List<RowBuilder> rows, List<float[]> cols, float x0, int line, int dir) {
        RowBuilder best = null;
        float side = sideStart(rows, cols, x0);
        for (RowBuilder r : rows) {
            if (sideStart(rows, cols, r.x0 + 1) != side || Integer.signum(r.line - line) != dir) continue;
            if (best == null || Math.abs(r.line - line) < Math.abs(best.line - line)) best = r;
        }
        return best;
    }

    /** A 续表 page's repeated title, unit line or header line: no row's wrapped label. */
    private boolean repeatedHead(List<Piece> line) {
        String text = join(line);
        if (UNIT.matcher(text).find()) return true;
        if (text.length() <= LONGEST_TITLE && vocabulary.tableKind(text.replaceAll("[（(]续表?[）)]", "")) != null) return true;
        return labelRuns(line).stream().anyMatch(this::isHeader);
    }

    /** A run naming two or more measures ("合计 基本支出 项目支出") is a header line, not a row. */
    private boolean isHeader(List<Piece> run) {
        int measures = 0;
        for (Piece p : run) if (vocabulary.measure(p.text()) != null) measures++;
        return measures >= 2;
    }

    private boolean isHeaderLine(List<Piece> line) {
        int measures = 0;
        for (Piece p : line) {
            if (p.number()) return false;
            if (vocabulary.measure(p.text()) != null) measures++;
        }
        return measures >= 2;
    }

    /** Runs of consecutive non-number pieces of a line: one row label each (codes included). */
    private static List<List<Piece>> labelRuns(List<Piece> line) {
        List<List<Piece>> runs = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        for (Piece p : line) {
            boolean code = !run.isEmpty() && CODE_PART.matcher(p.text()).matches() && CODE.matcher(run.get(0).text()).matches();
            if (!p.number() || code || run.isEmpty() && CODE.matcher(p.text()).matches() && p.text().indexOf('.') < 0 && isCodeStart(line, p)) {
                // two-sided tables: the right side's label starts a run of its own
                if (!run.isEmpty() && !code && !p.number() && ORDINAL_OR_TOTAL.matcher(p.text().replace(" ", "")).find()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(p);
            } else if (!run.isEmpty()) { runs.add(run); run = new ArrayList<>(); }
        }
        if (!run.isEmpty()) runs.add(run);
        return runs;
    }

    /**
     * A 3/5/7-digit integer that opens a line is a code, not an amount, when a name or a 2-digit code part
     * follows it, when nothing follows, or when the amounts after it are printed with decimals.
     */
    private static boolean isCodeStart(List<Piece> line, Piece p) {
        int i = line.indexOf(p);
        if (i != 0) return false;
        if (i + 1 >= line.size()) return true;
        Piece next = line.get(i + 1);
        return !next.number() || CODE_PART.matcher(next.text()).matches() || next.text().contains(".");
    }

    private static String join(List<Piece> run) {
        StringBuilder b = new StringBuilder();
        for (Piece p : run) b.append(p.text().strip());
        return b.toString();
    }

    static List<Piece> pieces(int index, TextLine l) {
        List<Piece> out = new ArrayList<>();
        String t = l.text();
        int from = 0, tab = 0;
        while (from <= t.length()) {
            int to = t.indexOf('\t', from);
            if (to < 0) to = t.length();
            String s = t.substring(from, to);
            String st = s.strip();
            if (!st.isEmpty()) {
                int a = from + s.indexOf(st), b = a + st.length();
                float x0, x1;
                if (l.xs() != null && l.box() != null && a < l.xs().length) {
                    x0 = l.xs()[a];
                    x1 = b < l.xs().length ? l.xs()[b] : l.box().x() + l.box().width();
                } else { x0 = tab * 100f; x1 = tab * 100f + 90f; }
                String num = st.replace(",", "");
                out.add(new Piece(index, st, a, b, x0, x1, NUMBER.matcher(num).matches()));
            }
            from = to + 1;
            tab++;
        }
        return out;
    }

    /** A row label being read: its code parts and name, with text wrapped onto neighbouring lines. */
    private static final class RowBuilder {
        final int line;
        final float x0, x1;
        final String code, name;
        final StringBuilder prefix = new StringBuilder(), suffix = new StringBuilder();

        RowBuilder(int line, List<Piece> run) {
            this.line = line;
            this.x0 = run.get(0).x0();
            this.x1 = run.get(run.size() - 1).x1();
            StringBuilder c = new StringBuilder(), n = new StringBuilder();
            for (Piece p : run) {
                if (n.isEmpty() && (CODE.matcher(p.text()).matches() && c.isEmpty() || CODE_PART.matcher(p.text()).matches() && !c.isEmpty())) c.append(p.text());
                else n.append(p.text().replace(" ", ""));
            }
            this.code = c.toString();
            this.name = n.toString();
        }

        Table.Row build(int index) {
            String label = (prefix + name + suffix).strip();
            int level = code.isEmpty() ? (label.startsWith("合计") || label.startsWith("总计") ? 0 : -1) : (code.length() - 1) / 2;
            return new Table.Row(index, label.isEmpty() ? code : label, code.isEmpty() ? null : code, level);
        }
    }
}
