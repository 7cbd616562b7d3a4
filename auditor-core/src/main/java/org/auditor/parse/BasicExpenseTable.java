package org.auditor.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * Reads the 一般公共预算财政拨款基本支出决算表 (公开06表) by position. Its rows are 经济分类 codes (类 301, 款 30101),
 * printed in two or three column groups side by side (人员经费 | 公用经费), a code sometimes split over two lines
 * (类 "301" in one column, 款 "01" in the next, the name and the amount on the line below), a tall name wrapped
 * above and below its code line. A group starts at the x where its codes start; every code there anchors a row,
 * and so does a 人员经费合计 / 公用经费合计 label; every other piece of the group belongs to the last anchor at or
 * just below it (half a row pitch, at most 8 pt). The groups are read one after the other into one logical
 * table with one amount column, so 类 = Σ 款 and the 经费 totals are checked whichever group a row is printed in.
 * Returns null when the lines carry no positions (text sources), for the generic reader to try.
 */
final class BasicExpenseTable {
    private static final Pattern CODE = Pattern.compile("^3\\d{2}(\\d{2})?$");
    private static final Pattern CODE_PART = Pattern.compile("^\\d{2}$");
    private static final float SAME_X = 6f, MAX_TOLERANCE = 8f, CODE_PART_REACH = 80f;

    private BasicExpenseTable() {}

    /** A row anchor: a code (or a total label) at a group's code x. */
    private record Anchor(int group, int page, float y, TableParser.Piece piece, boolean total) {}

    static Table read(String file, String id, String title, MoneyUnit unit, List<TextLine> body, List<Integer> pages, TableConcepts concepts,
                      CellRows cellRows) {
        if (body.stream().anyMatch(l -> !l.text().isBlank() && (l.xs() == null || l.box() == null))) return null;
        List<List<TableParser.Piece>> pieces = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) pieces.add(TableParser.pieces(i, body.get(i)));

        // group starts: x positions where two or more 经济分类 codes start, one of them followed by its name or its
        // 款 part, or five or more (a few integer amounts such as 30000 in a 元 table may share an x, not many)
        List<float[]> clusters = new ArrayList<>(); // [x, count, followed by a name or a code part]
        for (List<TableParser.Piece> line : pieces)
            for (int k = 0; k < line.size(); k++) {
                TableParser.Piece p = line.get(k);
                if (!CODE.matcher(p.text()).matches()) continue;
                TableParser.Piece next = k + 1 < line.size() ? line.get(k + 1) : null;
                boolean named = next != null && (!next.number() || CODE_PART.matcher(next.text()).matches());
                float[] c = clusters.stream().filter(x -> Math.abs(x[0] - p.x0()) <= SAME_X).findFirst().orElse(null);
                if (c == null) clusters.add(new float[] {p.x0(), 1, named ? 1 : 0});
                else { c[1]++; if (named) c[2] = 1; }
            }
        List<Float> starts = clusters.stream().filter(c -> c[1] >= 2 && c[2] > 0 || c[1] >= 5).map(c -> c[0]).sorted().toList();
        if (starts.isEmpty()) return emptyTable(id, title, unit, pages);

        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            TextLine l = body.get(i);
            for (TableParser.Piece p : pieces.get(i)) {
                int g = group(starts, p.x0());
                boolean code = CODE.matcher(p.text()).matches() && Math.abs(starts.get(g) - p.x0()) <= SAME_X;
                boolean total = !p.number() && p.text().replace(" ", "").endsWith("合计");
                if (code || total) anchors.add(new Anchor(g, l.page(), l.box().y(), p, total));
            }
        }
        float tolerance = MAX_TOLERANCE;
        for (int k = 1; k < anchors.size(); k++) {
            Anchor a = anchors.get(k - 1), b = null;
            for (int j = k; j < anchors.size(); j++) if (anchors.get(j).group() == a.group()) { b = anchors.get(j); break; }
            if (b != null && b.page() == a.page() && b.y() > a.y()) tolerance = Math.min(tolerance, (b.y() - a.y()) / 2);
        }

        Map<Anchor, List<TableParser.Piece>> members = new LinkedHashMap<>();
        anchors.stream().sorted(Comparator.comparingInt(Anchor::group).thenComparingInt(Anchor::page).thenComparingDouble(Anchor::y))
                .forEach(a -> members.put(a, new ArrayList<>()));
        for (int i = 0; i < body.size(); i++) {
            TextLine l = body.get(i);
            for (TableParser.Piece p : pieces.get(i)) {
                int g = group(starts, p.x0());
                Anchor owner = null;
                for (Anchor a : members.keySet()) {
                    if (a.piece() == p) { owner = null; break; }
                    if (a.group() == g && a.page() == l.page() && a.y() <= l.box().y() + tolerance) owner = a;
                }
                if (owner != null) members.get(owner).add(p);
            }
        }

        String header = "决算数";
        Table.Column column = new Table.Column(0, header, null);
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Cell> cells = new ArrayList<>();
        for (var e : members.entrySet()) {
            Anchor a = e.getKey();
            String code = a.total() ? null : a.piece().text();
            StringBuilder name = new StringBuilder(a.total() ? a.piece().text().replace(" ", "") : "");
            List<TableParser.Piece> values = new ArrayList<>();
            for (TableParser.Piece p : e.getValue()) {
                if (code != null && code.length() == 3 && CODE_PART.matcher(p.text()).matches() && p.x0() - a.piece().x0() <= CODE_PART_REACH) code += p.text();
                else if (p.number()) values.add(p);
                else name.append(p.text().replace(" ", ""));
            }
            String label = name.isEmpty() ? code : name.toString();
            int level = code == null ? (label.startsWith("合计") ? 0 : -1) : code.length() == 3 ? 1 : 2;
            Table.Row row = new Table.Row(rows.size(), label, code, level);
            rows.add(row);
            // two amounts in one row's band: the band is not understood there, so neither is kept
            if (values.size() != 1) continue;
            TableParser.Piece v = values.get(0);
            TextLine l = body.get(v.line());
            String where = (code == null ? "" : code + " ") + label;
            Location loc = cellRows.location(file, l, v, title + " / " + where + " / " + header); // a DOCX/XLSX number: its cell
            Quantity q = new Quantity(id + "r" + row.index() + "c0", Printed.parse(v.text()), QuantityKind.AMOUNT, unit, "",
                    where + "/" + header, concepts.of(TableKind.FA06_BASIC_EXPENSE, row, column), loc, l.ocr());
            cells.add(new Table.Cell(row.index(), 0, q));
        }
        return new Table(id, title, TableKind.FA06_BASIC_EXPENSE, unit, pages, List.of(column), rows, cells);
    }

    private static Table emptyTable(String id, String title, MoneyUnit unit, List<Integer> pages) {
        return new Table(id, title, TableKind.FA06_BASIC_EXPENSE, unit, pages, List.of(), List.of(), List.of());
    }

    /** The group whose code column starts at or left of x (the first group for anything further left). */
    private static int group(List<Float> starts, float x) {
        int g = 0;
        for (int k = 0; k < starts.size(); k++) if (starts.get(k) <= x + SAME_X) g = k;
        return g;
    }
}
