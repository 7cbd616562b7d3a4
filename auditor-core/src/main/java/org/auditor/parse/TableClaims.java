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
        if (t.kind() == TableKind.FA06_BASIC_EXPENSE) {
            basicExpense(t, out);
            return out;
        }
        if (t.kind() == TableKind.FA07_THREE_PUBLIC) { threePublic(t, out); return out; }
        boolean coded = t.rows().stream().anyMatch(r -> r.code() != null);
        for (Table.Column c : t.columns()) {
            if (coded) hierarchy(t, c, out);
            else sides(t, c, out);
        }
        rowTotals(t, out);
        if (t.kind() == TableKind.FA08_GOV_FUND || t.kind() == TableKind.FA09_STATE_CAPITAL) balances(t, out);
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
        // 04: 年初财政拨款结转和结余 followed by its fund kinds (一、一般公共预算财政拨款 …), which add up to it
        Quantity carry = null;
        List<Quantity> kinds = new ArrayList<>();
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
                break;
            } else if (yearTotal != null && !ORDINAL.matcher(label).find()) {
                extra.add(cell.value());
                carryBreakdown(carry, kinds, out);
                carry = label.contains("结转") ? cell.value() : null;
                kinds = new ArrayList<>();
            } else if (yearTotal != null && carry != null) kinds.add(cell.value());
        }
        carryBreakdown(carry, kinds, out);
    }

    private static void carryBreakdown(Quantity carry, List<Quantity> kinds, List<Claim> out) {
        if (carry != null && !kinds.isEmpty()) out.add(new Breakdown(carry.id() + ".k", Breakdown.Basis.TABLE, carry, kinds));
    }

    private void rowTotals(Table t, List<Claim> out) {
        List<String> measures = vocabulary.rowTotalParts(t.kind());
        if (measures.isEmpty()) return;
        // 政府性基金 / 国有资本经营 tables: the 合计 under 本年支出 (their 本年收入 may be headed 合计 too)
        boolean fund = t.kind() == TableKind.FA08_GOV_FUND || t.kind() == TableKind.FA09_STATE_CAPITAL;
        Table.Column totalCol = t.columns().stream().filter(c -> "total".equals(c.measure()) && (!fund || c.header().contains("支出")))
                .findFirst().orElse(null);
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

    /**
     * 政府性基金 / 国有资本经营 tables, per row: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 (the 本年支出 合计
     * column; a blank cell is 0). Written 年末 = 年初 + 收入 + (−支出); with no 年末 printed, 支出 = 年初 + 收入.
     */
    private static void balances(Table t, List<Claim> out) {
        Table.Column in = headed(t, "年初结转"), income = headed(t, "本年收入"), end = headed(t, "年末结转");
        Table.Column spent = t.columns().stream().filter(c -> "total".equals(c.measure()) && c.header().contains("支出")).findFirst().orElse(null);
        if (in == null || income == null || end == null || spent == null) return;
        for (Table.Row r : t.rows()) {
            Table.Cell a = t.cell(r.index(), in.index()), b = t.cell(r.index(), income.index()), x = t.cell(r.index(), spent.index()),
                    e = t.cell(r.index(), end.index());
            List<Quantity> parts = new ArrayList<>();
            if (a != null) parts.add(a.value());
            if (b != null) parts.add(b.value());
            if (e != null) {
                String minus = x == null ? null : x.value().text().startsWith("-") ? x.value().text().substring(1) : "-" + x.value().text();
                if (x != null) parts.add(x.value().withNumber(org.auditor.model.Printed.parse(minus)));
                if (!parts.isEmpty()) out.add(new Breakdown(e.value().id() + ".b", Breakdown.Basis.TABLE_ROW, e.value(), parts));
            } else if (x != null && !parts.isEmpty()) out.add(new Breakdown(x.value().id() + ".b", Breakdown.Basis.TABLE_ROW, x.value(), parts));
        }
    }

    /** The one column whose header contains the words (none when two do: the headers are not understood). */
    private static Table.Column headed(Table t, String words) {
        List<Table.Column> found = t.columns().stream().filter(c -> c.header().contains(words)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The 基本支出 table (read by {@link BasicExpenseTable} into one amount column): 类 = Σ its 款; 人员经费合计 and
     * 公用经费合计 = Σ their 类 (classification.yaml basicExpense; a 类 printed without its own row counts by its
     * 款); a 合计 row = both. Nothing when a code repeats or a 类 is in neither list: the rows are not understood.
     */
    private void basicExpense(Table t, List<Claim> out) {
        if (t.columns().size() != 1) return;
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Table.Row r : t.rows()) {
            if (r.code() == null) continue;
            if (!codes.add(r.code()) || r.code().length() != 3 && r.code().length() != 5) return;
        }
        for (Table.Row parent : t.rows()) {
            Table.Cell total = t.cell(parent.index(), 0);
            if (total == null || parent.level() != 1) continue;
            List<Quantity> parts = new ArrayList<>();
            for (Table.Row r : t.rows())
                if (r.level() == 2 && r.code().startsWith(parent.code()) && t.cell(r.index(), 0) != null) parts.add(t.cell(r.index(), 0).value());
            if (!parts.isEmpty()) out.add(new Breakdown(total.value().id() + ".h", Breakdown.Basis.TABLE, total.value(), parts));
        }
        List<String> personnel = vocabulary.basicExpenseClasses("personnel"), publicFunds = vocabulary.basicExpenseClasses("public");
        for (String c : codes) if (!personnel.contains(c.substring(0, 3)) && !publicFunds.contains(c.substring(0, 3))) return;
        List<Quantity> both = new ArrayList<>();
        List<Quantity> allClasses = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            Table.Cell total = t.cell(r.index(), 0);
            if (total == null || r.code() != null) continue;
            List<String> classes = r.label().equals("人员经费合计") ? personnel : r.label().equals("公用经费合计") ? publicFunds : null;
            if (classes == null) continue;
            List<Quantity> parts = classParts(t, classes);
            allClasses.addAll(parts);
            both.add(total.value());
            if (!parts.isEmpty()) out.add(new Breakdown(total.value().id() + ".e", Breakdown.Basis.TABLE, total.value(), parts));
        }
        for (Table.Row r : t.rows()) {
            Table.Cell total = t.cell(r.index(), 0);
            if (total == null || !r.isTotal()) continue;
            List<Quantity> parts = both.size() == 2 ? both : allClasses.isEmpty() ? classParts(t, null) : allClasses;
            if (!parts.isEmpty()) out.add(new Breakdown(total.value().id() + ".e", Breakdown.Basis.TABLE, total.value(), parts));
        }
    }

    /** The amounts of the given 类 (all when null): a 类 row's own cell, else the cells of its 款 rows. */
    private static List<Quantity> classParts(Table t, List<String> classes) {
        List<Quantity> parts = new ArrayList<>();
        java.util.Set<String> withRow = new java.util.HashSet<>();
        for (Table.Row r : t.rows()) if (r.level() == 1) withRow.add(r.code());
        for (Table.Row r : t.rows()) {
            if (r.code() == null || classes != null && !classes.contains(r.code().substring(0, 3))) continue;
            boolean counts = r.level() == 1 || r.level() == 2 && !withRow.contains(r.code().substring(0, 3));
            Table.Cell c = t.cell(r.index(), 0);
            if (counts && c != null) parts.add(c.value());
        }
        return parts;
    }

    /**
     * Relations between tables that no single concept carries: 05 合计 基本支出 = 06 人员经费合计 + 公用经费合计, and
     * 02 合计 财政拨款收入 = the 财政拨款 items of 01 (一般公共预算 + 政府性基金 + 国有资本经营, an unprinted one
     * being 0). The 05 and 02 cells count only when their headers were confirmed (they carry a concept).
     */
    public List<Claim> across(List<Table> tables) {
        List<Claim> out = new ArrayList<>();
        Table t01 = first(tables, TableKind.FA01_INCOME_EXPENSE_TOTAL), t02 = first(tables, TableKind.FA02_INCOME);
        Table t05 = first(tables, TableKind.FA05_GENERAL_BUDGET_EXPENSE), t06 = first(tables, TableKind.FA06_BASIC_EXPENSE);
        Table t07 = first(tables, TableKind.FA07_THREE_PUBLIC);
        if (t06 != null && t07 != null && t06.columns().size() == 1) basicWithinThreePublic(t06, t07, out);
        if (t05 != null && t06 != null) {
            Quantity basic = totalRowCell(t05, "basic");
            List<Quantity> parts = new ArrayList<>();
            for (Table.Cell c : t06.cells()) {
                String label = t06.row(c.row()).label();
                if (label.equals("人员经费合计") || label.equals("公用经费合计")) parts.add(c.value());
            }
            if (basic != null && parts.size() == 2) out.add(new Breakdown(basic.id() + ".x06", Breakdown.Basis.TABLE, basic, parts));
        }
        if (t01 != null && t02 != null) {
            Quantity fiscal = totalRowCell(t02, "fiscal");
            List<Quantity> parts = new ArrayList<>();
            boolean general = false;
            for (Table.Cell c : t01.cells()) {
                if (c.column() != 0) continue;
                String label = ORDINAL.matcher(t01.row(c.row()).label()).replaceAll("").replace(" ", "");
                if (label.startsWith("本年") && label.endsWith("合计")) break;
                for (var p : vocabulary.scopes()) {
                    boolean kind = p.scope() == org.auditor.model.Scope.GENERAL_BUDGET || p.scope() == org.auditor.model.Scope.GOV_FUND
                            || p.scope() == org.auditor.model.Scope.STATE_CAPITAL;
                    if (kind && label.startsWith(p.prefix()) && label.endsWith("财政拨款收入")) {
                        parts.add(c.value());
                        general |= p.scope() == org.auditor.model.Scope.GENERAL_BUDGET;
                        break;
                    }
                }
            }
            if (fiscal != null && general) out.add(new Breakdown(fiscal.id() + ".x01", Breakdown.Basis.TABLE, fiscal, parts));
        }
        return out;
    }

    /**
     * 06 ↔ 07: a 三公 款 of the 基本支出 table (30217 公务接待费 …) is at most the 07 决算数 of its item, which
     * counts 基本 and 项目支出 alike (TAB-004). Only where both print the amount: a blank cell may be unread.
     */
    private void basicWithinThreePublic(Table t06, Table t07, List<Claim> out) {
        vocabulary.threePublicBasicCodes().forEach((item, codes) -> {
            Quantity actual = null;
            for (Table.Cell c : t07.cells()) {
                var k = c.value().concept();
                if (k != null && k.id().equals(item) && k.period() == org.auditor.model.Period.CURRENT) actual = c.value();
            }
            List<Quantity> basic = new ArrayList<>();
            for (Table.Row r : t06.rows())
                if (r.code() != null && codes.contains(r.code()) && t06.cell(r.index(), 0) != null) basic.add(t06.cell(r.index(), 0).value());
            if (actual != null && !basic.isEmpty()) out.add(new Breakdown(actual.id() + ".b06", Breakdown.Basis.TABLE_BOUND, actual, basic));
        });
    }

    private static Table first(List<Table> tables, TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }

    /** The 合计 row's cell in the column of a measure, when its headers were confirmed (it carries a concept). */
    private static Quantity totalRowCell(Table t, String measure) {
        for (Table.Cell c : t.cells())
            if (t.row(c.row()).isTotal() && !t.row(c.row()).label().startsWith("总计") && measure.equals(t.column(c.column()).measure())
                    && c.value().concept() != null) return c.value();
        return null;
    }

    /** 收入 总计 = 支出 总计: the first and the last 总计 cell of the table. */
    private static void grandTotals(Table t, List<Claim> out) {
        List<Quantity> totals = new ArrayList<>();
        for (Table.Cell c : t.cells()) if (t.row(c.row()).label().startsWith("总计")) totals.add(c.value());
        // the right side's first column is its 合计; further columns (一般公共预算 …) are parts of it
        if (totals.size() >= 2) out.add(new Breakdown(totals.get(1).id() + ".g", Breakdown.Basis.TABLE, totals.get(1), List.of(totals.get(0))));
    }
}
