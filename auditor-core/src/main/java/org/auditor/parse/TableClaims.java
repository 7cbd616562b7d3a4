package org.auditor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.auditor.model.Breakdown;
import org.auditor.model.Claim;
import org.auditor.model.Quantity;
import org.auditor.model.Table;
import org.auditor.model.TableKind;

/**
 * The relations a table asserts, as the ordinary claim types: per column, 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项
 * (codes), or for a two-sided total table 本年收入/支出合计 = Σ its numbered items and 总计 = 本年合计 + the
 * unnumbered rows between; per row, the 合计 column = Σ the columns it is made of (tables.yaml rowTotals);
 * and the two sides of a total table close on one 总计.
 */
public final class TableClaims {
    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");
    private final Vocabulary vocabulary;

    public TableClaims(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    public List<Claim> claims(Table t) {
        List<Claim> out = new ArrayList<>();
        // the 基本支出 (经济分类) table prints its codes split over two lines and two or three sides: its rows
        // are not read reliably yet, so it asserts nothing rather than something wrong
        if (t.kind() == TableKind.FA06_BASIC_EXPENSE) return out;
        if (t.kind() == TableKind.FA07_THREE_PUBLIC) { threePublic(t, out); return out; }
        boolean coded = t.rows().stream().anyMatch(r -> r.code() != null);
        for (Table.Column c : t.columns()) {
            if (coded) hierarchy(t, c, out);
            else sides(t, c, out);
        }
        rowTotals(t, out);
        if (t.kind() == TableKind.FA01_INCOME_EXPENSE_TOTAL || t.kind() == TableKind.FA04_FISCAL_TOTAL) grandTotals(t, out);
        return out;
    }

    private static void hierarchy(Table t, Table.Column c, List<Claim> out) {
        for (Table.Row parent : t.rows()) {
            Table.Cell total = t.cell(parent.index(), c.index());
            if (total == null || parent.level() < 0) continue;
            List<Quantity> parts = new ArrayList<>();
            for (Table.Row r : t.rows()) {
                boolean child = parent.level() == 0 ? r.level() == 1
                        : r.level() == parent.level() + 1 && r.code().startsWith(parent.code());
                Table.Cell cell = child ? t.cell(r.index(), c.index()) : null;
                if (cell != null) parts.add(cell.value());
            }
            if (!parts.isEmpty()) out.add(new Breakdown(total.value().id() + ".h", Breakdown.Basis.TABLE, total.value(), parts));
        }
    }

    /** Totals of a two-sided table: the numbered items above a 本年…合计, the unnumbered rows between it and 总计. */
    private static void sides(Table t, Table.Column c, List<Claim> out) {
        List<Table.Cell> cells = t.cells().stream().filter(x -> x.column() == c.index()).toList();
        List<Quantity> items = new ArrayList<>();
        Quantity yearTotal = null;
        List<Quantity> extra = new ArrayList<>();
        for (Table.Cell cell : cells) {
            String label = t.row(cell.row()).label();
            if (yearTotal == null && label.startsWith("本年") && label.endsWith("合计")) {
                yearTotal = cell.value();
                if (!items.isEmpty()) out.add(new Breakdown(yearTotal.id() + ".s", Breakdown.Basis.TABLE, yearTotal, items));
            } else if (yearTotal == null && ORDINAL.matcher(label).find()) items.add(cell.value());
            else if (yearTotal != null && label.startsWith("总计")) {
                List<Quantity> parts = new ArrayList<>();
                parts.add(yearTotal);
                parts.addAll(extra);
                out.add(new Breakdown(cell.value().id() + ".s", Breakdown.Basis.TABLE, cell.value(), parts));
                return;
            } else if (yearTotal != null && !ORDINAL.matcher(label).find()) extra.add(cell.value());
        }
    }

    private void rowTotals(Table t, List<Claim> out) {
        List<String> measures = vocabulary.rowTotalParts(t.kind());
        if (measures.isEmpty()) return;
        Table.Column totalCol = t.columns().stream().filter(c -> "total".equals(c.measure())).findFirst().orElse(null);
        if (totalCol == null) return;
        for (Table.Row r : t.rows()) {
            Table.Cell total = t.cell(r.index(), totalCol.index());
            if (total == null) continue;
            List<Quantity> parts = new ArrayList<>();
            for (Table.Column c : t.columns()) {
                if (c.measure() == null || !measures.contains(c.measure())) continue;
                Table.Cell cell = t.cell(r.index(), c.index());
                if (cell != null) parts.add(cell.value());
            }
            if (!parts.isEmpty()) out.add(new Breakdown(total.value().id() + ".r", Breakdown.Basis.TABLE_ROW, total.value(), parts));
        }
    }

    /**
     * The 三公 table's items add up in each column (预算数, 决算数 apart): 合计 = 出国 + 公车 + 接待, 公车 = 购置 +
     * 运行维护 (tables.yaml threePublic.parts). A blank part is nothing spent; a blank total asserts nothing; a
     * part no row names (a label not read) leaves its relation unasserted.
     */
    private void threePublic(Table t, List<Claim> out) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Table.Row r : t.rows()) named.add(ThreePublicTable.itemOf(vocabulary, r.label()));
        for (Table.Column c : t.columns()) {
            Map<String, Quantity> byItem = new LinkedHashMap<>();
            for (Table.Cell cell : t.cells())
                if (cell.column() == c.index() && cell.value().concept() != null) byItem.putIfAbsent(cell.value().concept().id(), cell.value());
            vocabulary.threePublicParts().forEach((item, partItems) -> {
                Quantity total = byItem.get(item);
                List<Quantity> parts = partItems.stream().map(byItem::get).filter(java.util.Objects::nonNull).toList();
                if (total != null && !parts.isEmpty() && named.containsAll(partItems)) out.add(new Breakdown(total.id() + ".i", Breakdown.Basis.TABLE_ITEMS, total, parts));
            });
        }
    }

    /** 收入 总计 = 支出 总计: the first and the last 总计 cell of the table. */
    private static void grandTotals(Table t, List<Claim> out) {
        List<Quantity> totals = new ArrayList<>();
        for (Table.Cell c : t.cells()) if (t.row(c.row()).label().startsWith("总计")) totals.add(c.value());
        // the right side's first column is its 合计; further columns (一般公共预算 …) are parts of it
        if (totals.size() >= 2) out.add(new Breakdown(totals.get(1).id() + ".g", Breakdown.Basis.TABLE, totals.get(1), List.of(totals.get(0))));
    }
}
