package org.auditor.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.auditor.model.Concept;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Period;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Scope;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * The 公开07表 (“三公”经费支出决算表). It prints a 预算数 and a 决算数 for each item, in one of two layouts:
 * items as rows under a "项目 | 预算数 | 决算数" header, or items as column groups, each over a 预算数 | 决算数
 * pair, with one line of numbers below. Both are read into the same table: a row per item (合计 first),
 * column 0 the 预算数 and column 1 the 决算数, every cell named by its item's concept with period BUDGET or
 * CURRENT, so a 预算数 is only ever compared with a 预算 and a 决算数 with a 决算.
 * A number falls under the period header whose span — from its left edge to the next header's — holds the
 * number's right edge: headers start inside their cell and numbers end at their cell's right, whether the
 * header is centred, left-aligned, or the numbers right-aligned. A blank cell is no cell.
 */
final class ThreePublicTable {
    /** Numbering before an item's name: 1．  （1）  一、  其中： */
    private static final Pattern NUMBERING = Pattern.compile("^(\\d+[.．、]|[（(]\\d+[）)]|[一二三四五六七八九十]+、|其中[：:])+");
    private static final List<Period> COLUMNS = List.of(Period.BUDGET, Period.CURRENT);

    private final Vocabulary vocabulary;

    ThreePublicTable(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    /**
     * The table, or null when no line of the body names both a 预算数 and a 决算数 column. Numbers are located
     * through {@code cellRows}: in their own cell when the body is regrouped DOCX/XLSX cells.
     */
    Table read(String file, String id, String title, MoneyUnit unit, List<Integer> pages, List<TextLine> body, CellRows cellRows) {
        List<List<TableParser.Piece>> pieces = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) pieces.add(TableParser.pieces(i, body.get(i)));
        int headerLine = -1;
        List<TableParser.Piece> heads = new ArrayList<>();
        for (int i = 0; i < body.size() && headerLine < 0; i++) {
            // every header of the line is kept: a number under another one (上年决算数, 调整预算数 …) is no cell
            List<TableParser.Piece> h = pieces.get(i).stream().filter(p -> !p.number()).toList();
            if (h.stream().anyMatch(p -> period(p) == Period.BUDGET) && h.stream().anyMatch(p -> period(p) == Period.CURRENT)) {
                headerLine = i;
                heads = h.stream().sorted(Comparator.comparingDouble(TableParser.Piece::x0)).toList();
            }
        }
        if (headerLine < 0) return null;
        // the funds the title names (一般公共预算财政拨款 / 财政拨款), for items the dictionary gives no scope
        Scope tableScope = Scope.GENERAL_BUDGET;
        for (var p : vocabulary.scopes()) if (title.replace(" ", "").contains(p.prefix())) { tableScope = p.scope(); break; }
        Builder b = new Builder(file, id, title, unit, body, tableScope, cellRows);
        boolean itemsAsColumns = heads.stream().filter(p -> period(p) == Period.BUDGET).count() > 1;
        if (itemsAsColumns) columnGroups(b, pieces, headerLine, heads);
        else rows(b, pieces, headerLine, heads);
        List<Table.Column> columns = List.of(new Table.Column(0, "预算数", "budget"), new Table.Column(1, "决算数", "actual"));
        return new Table(id, title, TableKind.FA07_THREE_PUBLIC, unit, pages, columns, b.rows, b.cells);
    }

    /**
     * Items as rows: a label, then its numbers under the period headers. A name wrapped onto a line of its own
     * ("2．公务用车购置及运行" / "维护费") joins the row above or below when only the joined words name an item.
     */
    private void rows(Builder b, List<List<TableParser.Piece>> pieces, int headerLine, List<TableParser.Piece> heads) {
        List<String> labels = new ArrayList<>();
        List<List<TableParser.Piece>> numbersOf = new ArrayList<>();
        int lastLine = -1;
        String pending = "";
        for (int i = headerLine + 1; i < pieces.size(); i++) {
            StringBuilder label = new StringBuilder();
            List<TableParser.Piece> numbers = new ArrayList<>();
            for (TableParser.Piece p : pieces.get(i)) {
                if (p.number()) numbers.add(p);
                else if (numbers.isEmpty()) label.append(p.text().replace(" ", ""));
            }
            if (label.isEmpty()) continue;
            String l = label.toString();
            if (numbers.isEmpty()) {
                int last = labels.size() - 1;
                if (last >= 0 && lastLine == i - 1 && item(labels.get(last)) == null && item(labels.get(last) + l) != null) labels.set(last, labels.get(last) + l);
                else pending = l;
                continue;
            }
            if (!pending.isEmpty() && item(l) == null && item(pending + l) != null) l = pending + l;
            pending = "";
            labels.add(l);
            numbersOf.add(numbers);
            lastLine = i;
        }
        for (int k = 0; k < labels.size(); k++) {
            int row = b.row(labels.get(k));
            for (TableParser.Piece n : numbersOf.get(k)) {
                TableParser.Piece head = headOf(heads, n);
                if (head != null && period(head) != null) b.cell(row, period(head), n);
            }
        }
    }

    /**
     * Items as column groups: each 预算数 header opens a group; the group's item is named by the header text
     * above it, read upwards from the period line until the words name an item ("（境）费" + "因公出国").
     */
    private void columnGroups(Builder b, List<List<TableParser.Piece>> pieces, int headerLine, List<TableParser.Piece> heads) {
        List<Float> groupStarts = new ArrayList<>();
        for (TableParser.Piece h : heads) if (period(h) == Period.BUDGET) groupStarts.add(h.x0());
        Map<Integer, Integer> rowOfGroup = new LinkedHashMap<>();
        for (int g = 0; g < groupStarts.size(); g++) {
            float from = groupStarts.get(g), to = g + 1 < groupStarts.size() ? groupStarts.get(g + 1) : Float.MAX_VALUE;
            String words = "";
            String named = null;
            for (int i = headerLine - 1; i >= 0 && named == null; i--) {
                for (TableParser.Piece p : pieces.get(i)) {
                    float centre = (p.x0() + p.x1()) / 2;
                    if (p.number() || centre < from || centre >= to) continue;
                    words = p.text().replace(" ", "") + words;
                    if (item(words) != null) named = words;
                }
            }
            rowOfGroup.put(g, b.row(named != null ? named : words));
        }
        for (int i = headerLine + 1; i < pieces.size(); i++) {
            List<TableParser.Piece> numbers = pieces.get(i).stream().filter(TableParser.Piece::number).toList();
            if (numbers.isEmpty()) continue;
            for (TableParser.Piece n : numbers) {
                TableParser.Piece head = headOf(heads, n);
                if (head == null || period(head) == null) continue;
                int g = 0;
                while (g + 1 < groupStarts.size() && head.x0() >= groupStarts.get(g + 1)) g++;
                b.cell(rowOfGroup.get(g), period(head), n);
            }
            break; // one line of numbers: the next would be another table's
        }
    }

    /** The period header whose span holds the number's right edge (1 pt of slack), or null left of them all. */
    private static TableParser.Piece headOf(List<TableParser.Piece> heads, TableParser.Piece n) {
        TableParser.Piece best = null;
        for (TableParser.Piece h : heads) if (h.x0() <= n.x1() - 1) best = h;
        return best;
    }

    private Period period(TableParser.Piece p) { return vocabulary.threePublicPeriod(p.text()); }

    private String item(String label) { return itemOf(vocabulary, label); }

    /** The concept id of the item a row label names ("1．因公出国（境）费" → sangong.abroad), or null. */
    static String itemOf(Vocabulary vocabulary, String label) { return vocabulary.threePublicItem(NUMBERING.matcher(label).replaceAll("")); }

    /** Rows and cells being collected; one cell per row and period (a second number there is not placed). */
    private final class Builder {
        final String file, id, title;
        final MoneyUnit unit;
        final List<TextLine> body;
        final Scope tableScope;
        final CellRows cellRows;
        final List<Table.Row> rows = new ArrayList<>();
        final List<Table.Cell> cells = new ArrayList<>();

        Builder(String file, String id, String title, MoneyUnit unit, List<TextLine> body, Scope tableScope, CellRows cellRows) {
            this.cellRows = cellRows;
            this.file = file;
            this.id = id;
            this.title = title;
            this.unit = unit;
            this.body = body;
            this.tableScope = tableScope;
        }

        int row(String label) {
            String item = item(label);
            int level = "sangong.total".equals(item) ? 0 : -1;
            rows.add(new Table.Row(rows.size(), label, null, level));
            return rows.size() - 1;
        }

        void cell(int row, Period period, TableParser.Piece p) {
            int col = COLUMNS.indexOf(period);
            if (cells.stream().anyMatch(c -> c.row() == row && c.column() == col)) return;
            Table.Row r = rows.get(row);
            String header = col == 0 ? "预算数" : "决算数";
            TextLine l = body.get(p.line());
            Location loc = cellRows.location(file, l, p, title + " / " + r.label() + " / " + header);
            Quantity q = new Quantity(id + "r" + row + "c" + col, Printed.parse(p.text()), QuantityKind.AMOUNT, unit, "",
                    r.label() + "/" + header, concept(r.label(), period), loc, l.ocr());
            cells.add(new Table.Cell(row, col, q));
        }

        /** The item's concept in the period of its column, with the scope the dictionary gives it (三公: FISCAL), else the table's. */
        private Concept concept(String label, Period period) {
            String item = item(label);
            if (item == null) return null;
            Scope scope = vocabulary.conceptScope(item);
            return new Concept(item, scope != null ? scope : tableScope, period);
        }
    }
}
