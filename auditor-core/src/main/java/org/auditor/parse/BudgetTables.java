package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.auditor.model.Breakdown;
import org.auditor.model.Claim;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * 预算/决算/结余 tables flattened one cell per line (seed 003): a header row naming 年初预算, 上年结转, 本年追加
 * and 预算可用指标, then rows "label | 年初 | 结转 | 追加 | 可用 | 决算 | 差异". Each row asserts 年初 + 结转 + 追加
 * = 可用 and 决算 + 差异 = 可用 (差异 = 可用 − 决算); the 合计 row is the sum of the rows above it, column by column.
 */
final class BudgetTables {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final String[] PARTS = {"年初预算", "上年结转", "本年追加", "可用"};

    record Result(List<Table> tables, List<Claim> claims) {}

    static Result read(String file, List<TextLine> lines) {
        List<Table> tables = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (List<List<ScoreTables.Cell>> rows : ScoreTables.flattened(lines)) {
            int[] col = null;
            List<List<Quantity>> data = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            String id = "b" + (tables.size() + 1);
            for (List<ScoreTables.Cell> row : rows) {
                if (col == null) { col = header(row); continue; }
                if (row.size() < col[3] + 3) continue;
                List<Quantity> q = new ArrayList<>();
                String label = row.get(0).text().replace(" ", "").replace("　", "");
                for (int c : new int[] {col[0], col[1], col[2], col[3], col[3] + 1, col[3] + 2})
                    q.add(amount(file, id + "r" + data.size() + "c" + c, row.get(c), label));
                if (q.contains(null)) continue;
                data.add(q);
                labels.add(label);
                String rid = id + "r" + (data.size() - 1);
                claims.add(new Breakdown(rid + ".avail", Breakdown.Basis.TABLE_ROW, q.get(3), q.subList(0, 3)));
                claims.add(new Breakdown(rid + ".diff", Breakdown.Basis.TABLE_ROW, q.get(3), List.of(q.get(4), q.get(5))));
            }
            if (col == null || data.isEmpty()) continue;
            int total = labels.size() - 1;
            if (labels.get(total).startsWith("合计") && total > 0)
                for (int c = 0; c < 6; c++) {
                    List<Quantity> parts = new ArrayList<>();
                    for (int r = 0; r < total; r++) parts.add(data.get(r).get(c));
                    claims.add(new Breakdown(data.get(total).get(c).id() + ".col", Breakdown.Basis.TABLE, data.get(total).get(c), parts));
                }
            List<Table.Row> tRows = new ArrayList<>();
            List<Table.Cell> cells = new ArrayList<>();
            for (int r = 0; r < data.size(); r++) {
                tRows.add(new Table.Row(r, labels.get(r), null, labels.get(r).startsWith("合计") ? 0 : -1));
                for (int c = 0; c < 6; c++) cells.add(new Table.Cell(r, c, data.get(r).get(c)));
            }
            List<Table.Column> columns = List.of(new Table.Column(0, "年初预算", "budget.initial"), new Table.Column(1, "上年结转", "budget.carryover"),
                    new Table.Column(2, "本年追加", "budget.added"), new Table.Column(3, "预算可用指标", "budget.available"),
                    new Table.Column(4, "决算金额", "actual"), new Table.Column(5, "执行差异", "difference"));
            tables.add(new Table(id, "预算、决算、结余对比情况表", TableKind.BUDGET, MoneyUnit.WAN_YUAN, List.of(0), columns, tRows, cells));
        }
        return new Result(tables, claims);
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
        TextLine l = cell.lines().get(0);
        String t = l.text().replace("　", " ").strip();
        if (!NUMBER.matcher(t).matches()) return null;
        Location loc = new Location(file, l.page(), l.line(), Math.max(0, l.text().indexOf(t)), t.length(), l.text().strip(),
                "预算、决算、结余对比情况表 / " + label, null);
        return new Quantity(id, Printed.parse(t), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "", label, null, loc, l.ocr());
    }
}
