package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.auditor.model.Breakdown;
import org.auditor.model.Claim;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * 预算/决算/结余 tables (seed 003): a header row naming 年初预算, 上年结转, 本年追加 and 预算可用指标, then rows
 * "label | 年初 | 结转 | 追加 | 可用 | 决算 | 差异". Each row asserts 年初 + 结转 + 追加 = 可用 and 决算 + 差异 = 可用
 * (差异 = 可用 − 决算); the 合计 row is the sum of the rows above it, column by column. Read from text flattened
 * one cell per line, from DOCX cells, and from PDF lines (a row is a line of six numbers under that header;
 * its label, printed one character per line in a narrow column, is made of the text nearest to it).
 */
final class BudgetTables {
    private static final String[] PARTS = {"年初预算", "上年结转", "本年追加", "可用"};
    private static final String TITLE = "预算、决算、结余对比情况表";
    /** A label character belongs to the row of numbers nearest to it, if within this many points. */
    private static final float LABEL_REACH = 30f;
    /** A PDF table ends at text this far below its last row. */
    private static final float TABLE_GAP = 40f;


    /** A row as read: its label and its six amounts (年初, 结转, 追加, 可用, 决算, 差异). */
    private record Row(String label, List<Quantity> amounts) {}

    static TablesRead read(String file, List<TextLine> lines) {
        return TablesRead.read(lines, (tables, claims) -> pdf(file, lines, tables, claims),
                (rows, tables, claims) -> cellTable(file, rows, tables, claims));
    }

    private static void cellTable(String file, List<List<ScoreTables.Cell>> rows, List<Table> tables, List<Claim> claims) {
        int[] col = null;
        List<Row> data = new ArrayList<>();
        String id = "b" + (tables.size() + 1);
        for (List<ScoreTables.Cell> row : rows) {
            if (col == null) { col = header(row); continue; }
            if (row.size() < col[3] + 3) continue;
            List<Quantity> q = new ArrayList<>();
            String label = row.get(0).text().replace(" ", "").replace("　", "");
            for (int c : new int[] {col[0], col[1], col[2], col[3], col[3] + 1, col[3] + 2})
                q.add(amount(file, id + "r" + data.size() + "c" + c, row.get(c), label));
            if (!q.contains(null)) data.add(new Row(label, q));
        }
        if (col != null) build(id, data, tables, claims);
    }

    private static void build(String id, List<Row> data, List<Table> tables, List<Claim> claims) {
        if (data.isEmpty()) return;
        for (int r = 0; r < data.size(); r++) {
            List<Quantity> q = data.get(r).amounts();
            String rid = id + "r" + r;
            claims.add(new Breakdown(rid + ".avail", Breakdown.Basis.TABLE_ROW, q.get(3), q.subList(0, 3)));
            claims.add(new Breakdown(rid + ".diff", Breakdown.Basis.TABLE_ROW, q.get(3), List.of(q.get(4), q.get(5))));
        }
        int total = data.size() - 1;
        if (data.get(total).label().startsWith("合计") && total > 0)
            for (int c = 0; c < 6; c++) {
                List<Quantity> parts = new ArrayList<>();
                for (int r = 0; r < total; r++) parts.add(data.get(r).amounts().get(c));
                Quantity sum = data.get(total).amounts().get(c);
                claims.add(new Breakdown(sum.id() + ".col", Breakdown.Basis.TABLE, sum, parts));
            }
        List<Table.Row> tRows = new ArrayList<>();
        List<Table.Cell> cells = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            String label = data.get(r).label();
            tRows.add(new Table.Row(r, label, null, label.startsWith("合计") ? 0 : -1));
            for (int c = 0; c < 6; c++) cells.add(new Table.Cell(r, c, data.get(r).amounts().get(c)));
        }
        List<Table.Column> columns = List.of(new Table.Column(0, "年初预算", "budget.initial"), new Table.Column(1, "上年结转", "budget.carryover"),
                new Table.Column(2, "本年追加", "budget.added"), new Table.Column(3, "预算可用指标", "budget.available"),
                new Table.Column(4, "决算金额", "actual"), new Table.Column(5, "执行差异", "difference"));
        tables.add(new Table(id, TITLE, TableKind.BUDGET, MoneyUnit.WAN_YUAN, List.of(0), columns, tRows, cells));
    }

    /**
     * PDF: a header band whose cells (wrapped text joined top to bottom) name the four parts left to right, then
     * every line of exactly six numbers is a row, in column order; the table ends at other text than its label
     * column's well below its last row.
     */
    private static void pdf(String file, List<TextLine> lines, List<Table> tables, List<Claim> claims) {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).box() == null || !lines.get(i).text().contains("可用") || !isHeader(lines, PdfPieces.band(lines, i))) { i++; continue; }
            String id = "b" + (tables.size() + 1);
            int j = PdfPieces.band(lines, i).stream().mapToInt(Integer::intValue).max().orElse(i) + 1;
            List<List<PdfPieces.Piece>> rows = new ArrayList<>();
            List<PdfPieces.Piece> text = new ArrayList<>();
            TextLine last = null;
            for (; j < lines.size(); j++) {
                TextLine l = lines.get(j);
                List<PdfPieces.Piece> ps = PdfPieces.of(j, l);
                if (ps.isEmpty()) continue;
                List<PdfPieces.Piece> numbers = ps.stream().filter(PdfPieces.Piece::number).toList();
                if (numbers.size() == 6) { rows.add(numbers); last = l; text.addAll(ps.stream().filter(p -> !p.number()).toList()); continue; }
                if (!numbers.isEmpty()) continue;
                // a label wrapped one character per line runs on below its row; other text well below ends the table
                boolean labelText = last != null && ps.size() == 1 && ps.get(0).text().length() <= 4 && ps.get(0).x0() < rows.get(0).get(0).x0();
                if (last != null && !labelText && (l.page() != last.page() || l.box().y() - last.box().y() > TABLE_GAP)) break;
                text.addAll(ps);
            }
            List<Row> data = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<PdfPieces.Piece> row = rows.get(r);
                StringBuilder label = new StringBuilder();
                for (PdfPieces.Piece p : text) if (p.x0() < row.get(0).x0() && nearest(rows, p) == r) label.append(p.text());
                String name = label.toString().replace(" ", "").replace("　", "");
                List<Quantity> q = new ArrayList<>();
                for (int c = 0; c < 6; c++)
                    q.add(PdfPieces.quantity(file, id + "r" + r + "c" + c, row.get(c), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "", TITLE, name));
                data.add(new Row(name, q));
            }
            build(id, data, tables, claims);
            i = j;
        }
    }

    private static boolean isHeader(List<TextLine> lines, List<Integer> band) {
        Map<Float, String> cells = PdfPieces.headerCells(lines, band);
        float x = Float.NEGATIVE_INFINITY;
        for (String part : PARTS) {
            Float at = null;
            for (var e : cells.entrySet()) if (e.getKey() > x && e.getValue().contains(part)) { at = e.getKey(); break; }
            if (at == null) return false;
            x = at;
        }
        return true;
    }

    /** The row whose line is nearest to piece p on its page, within {@link #LABEL_REACH}, else −1. */
    private static int nearest(List<List<PdfPieces.Piece>> rows, PdfPieces.Piece p) {
        int best = -1;
        float bestD = LABEL_REACH;
        for (int r = 0; r < rows.size(); r++) {
            PdfPieces.Piece n = rows.get(r).get(0);
            if (n.line().page() != p.line().page()) continue;
            float d = Math.abs(n.y() - p.y());
            if (d <= bestD) { bestD = d; best = r; }
        }
        return best;
    }

    /** The columns of 年初预算, 上年结转, 本年追加 and 可用 when this row names them all, else null. */
    private static int[] header(List<ScoreTables.Cell> row) {
        int[] col = {-1, -1, -1, -1};
        for (int c = 0; c < row.size(); c++) {
            String t = row.get(c).text().replace(" ", "").replace("　", "");
            for (int k = 0; k < PARTS.length; k++) if (col[k] < 0 && t.contains(PARTS[k])) col[k] = c;
        }
        for (int c : col) if (c < 0) return null;
        return col;
    }

    private static Quantity amount(String file, String id, ScoreTables.Cell cell, String label) {
        return CellQuantities.wholeLine(file, id, cell.lines().get(0), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "", TITLE, label);
    }
}
