package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Breakdown;
import org.auditor.model.Change;
import org.auditor.model.Claim;
import org.auditor.model.Direction;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * The small "三公" tables of self-evaluation reports (seeds 002, 003), which print no 单位 line under their title
 * or are flattened one cell per line, so the positioned table reader does not take them: rows 因公出国 /
 * 公务用车 / 公务接待 / 合计 under columns named by their headers — 本年决算, 预算, 比预算增减, 上年决算, 比上年增减,
 * 增减%. They assert: 合计 = Σ rows in every amount column; 本年决算 = 上年决算 + 比上年增减 and = 预算 + 比预算增减
 * per row; 增减% = 比上年增减 / 上年决算 (a signed percentage: its sign is the direction). Lines the positioned
 * reader has already taken are left to it.
 */
final class ThreePublicComparisonTables {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern ROW = Pattern.compile("因公出国|公务用车|公务车|公务接待|合计");
    private static final String TITLE = "“三公”经费情况表";
    private static final Pattern UNIT = Pattern.compile("^\\s*单位[：:]");
    private static final float SAME_X = 4f;
    /** Lines of one cell are one line pitch apart; two cells' text is further apart by the cells' padding. */
    private static final float LINE_PITCH = 17f;

    enum Measure { CURRENT, PRIOR, BUDGET, VS_BUDGET, VS_PRIOR, PERCENT }


    /** A row: its label and one number (or null) per column. */
    private record Row(String label, List<Quantity> values) {}

    static TablesRead read(String file, List<TextLine> lines, Set<TextLine> taken) {
        return TablesRead.read(lines, (tables, claims) -> pdf(file, lines, taken, tables, claims),
                (rows, tables, claims) -> cellTable(file, rows, taken, tables, claims));
    }

    private static void cellTable(String file, List<List<ScoreTables.Cell>> rows, Set<TextLine> taken, List<Table> tables, List<Claim> claims) {
        if (rows.isEmpty() || rows.get(0).isEmpty() || taken.contains(rows.get(0).get(0).lines().get(0))) return;
        List<String> headers = null;
        List<Row> data = new ArrayList<>();
        String id = "g" + (tables.size() + 1);
        for (List<ScoreTables.Cell> row : rows) {
            if (headers == null) {
                headers = row.stream().map(c -> c.text().replace(" ", "").replace("　", "")).toList();
                continue;
            }
            String label = row.get(0).text().replace(" ", "").replace("　", "");
            List<Quantity> values = new ArrayList<>();
            for (int c = 1; c < Math.min(row.size(), headers.size()); c++) values.add(number(file, id + "r" + data.size() + "c" + c, row.get(c), label + "/" + headers.get(c)));
            data.add(new Row(label, values));
        }
        if (headers != null) build(id, headers.subList(1, headers.size()), data, tables, claims);
    }

    /**
     * PDF: a title naming 三公 and 情况, the header cells on the lines down to the first row (wrapped text joined
     * by its x), then every line printing one number per header column is a row; its label is the text nearest it.
     */
    private static void pdf(String file, List<TextLine> lines, Set<TextLine> taken, List<Table> tables, List<Claim> claims) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (taken.contains(lines.get(i)) || lines.get(i).box() == null || t.contains("\t") || t.length() > 40 || !t.contains("三公") || !t.contains("情况")) continue;
            List<PdfPieces.Piece> above = new ArrayList<>();
            List<List<PdfPieces.Piece>> rows = new ArrayList<>();
            List<PdfPieces.Piece> text = new ArrayList<>();
            int columns = -1;
            for (int j = i + 1; j < lines.size() && j < i + 60; j++) {
                List<PdfPieces.Piece> ps = PdfPieces.of(j, lines.get(j));
                if (ps.isEmpty() || UNIT.matcher(lines.get(j).text()).find()) continue;
                List<PdfPieces.Piece> numbers = ps.stream().filter(PdfPieces.Piece::number).toList();
                if (columns < 0 && numbers.size() >= 2) columns = numbers.size();
                if (columns < 0) {
                    if (ps.size() == 1 && ps.get(0).text().length() > 30) break; // prose: no table under this line
                    above.addAll(ps);
                    continue;
                }
                if (numbers.size() == columns) { rows.add(numbers); text.addAll(ps.stream().filter(p -> !p.number()).toList()); continue; }
                if (!numbers.isEmpty() || ps.size() > 1 || ps.get(0).text().length() > 8) break;
                text.addAll(ps);
            }
            if (columns < 2 || rows.isEmpty()) continue;
            // the header cells: text above the first row joined by x; the rightmost ones head the number columns,
            // the others are the label column (项目, and row labels wrapped above their numbers)
            Map<Float, StringBuilder> header = new TreeMap<>();
            for (PdfPieces.Piece p : above) {
                Float key = null;
                for (Float x : header.keySet()) if (Math.abs(x - p.x0()) <= SAME_X) key = x;
                header.computeIfAbsent(key != null ? key : p.x0(), k -> new StringBuilder()).append(p.text().replace(" ", ""));
            }
            if (header.size() <= columns) continue;
            List<Float> xs = new ArrayList<>(header.keySet());
            float labelEnd = xs.get(xs.size() - columns) - SAME_X;
            for (PdfPieces.Piece p : above) if (p.x0() < labelEnd) text.add(p);
            List<String> headers = header.values().stream().map(StringBuilder::toString).toList().subList(header.size() - columns, header.size());
            String id = "g" + (tables.size() + 1);
            List<Row> data = new ArrayList<>();
            // row labels print one or a few characters per line, centred on their row: a label cell is the text
            // at one x one line pitch apart, and belongs to the row whose numbers it spans
            List<PdfPieces.TextCell> labels = PdfPieces.textCells(text.stream().filter(p -> p.x0() < labelEnd).toList(), LINE_PITCH);
            for (int r = 0; r < rows.size(); r++) {
                StringBuilder label = new StringBuilder();
                for (PdfPieces.TextCell c : labels) if (c.spans(rows.get(r).get(0))) label.append(c.text());
                String name = label.toString().replace(" ", "");
                List<Quantity> values = new ArrayList<>();
                for (int c = 0; c < columns; c++)
                    values.add(PdfPieces.quantity(file, id + "r" + r + "c" + (c + 1), rows.get(r).get(c), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "",
                            TITLE, name + "/" + headers.get(c)));
                data.add(new Row(name, values));
            }
            build(id, headers, data, tables, claims);
            i = rows.get(rows.size() - 1).get(0).index(); // a heading just above the title must not read the table again
        }
    }

    /** What each column holds, from its header; null when a header is not understood (the table is then left alone). */
    static Measure[] measures(List<String> headers) {
        Measure[] m = new Measure[headers.size()];
        int latest = 0;
        for (String h : headers) {
            Matcher y = YEAR.matcher(h);
            if (y.find()) latest = Math.max(latest, Integer.parseInt(y.group(1)));
        }
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            Matcher y = YEAR.matcher(h);
            int year = y.find() ? Integer.parseInt(y.group(1)) : 0;
            if (h.contains("%") || h.contains("率")) m[c] = Measure.PERCENT;
            else if (h.contains("增减") && h.contains("预算")) m[c] = Measure.VS_BUDGET;
            else if (h.contains("增减")) m[c] = Measure.VS_PRIOR;
            else if (h.contains("预算")) m[c] = Measure.BUDGET;
            else if (h.contains("决算") && year > 0) m[c] = year == latest ? Measure.CURRENT : Measure.PRIOR;
            else return null;
        }
        return m;
    }

    private static void build(String id, List<String> headers, List<Row> data, List<Table> tables, List<Claim> claims) {
        Measure[] m = measures(headers);
        if (m == null || data.size() < 2 || !data.get(data.size() - 1).label().startsWith("合计")) return;
        // a row that is not one of the three items (其中：公车购置 …) or misses cells: the structure is not the one read here
        if (data.stream().anyMatch(r -> r.values().size() != m.length || !ROW.matcher(r.label()).find())) return;
        int cur = index(m, Measure.CURRENT), prior = index(m, Measure.PRIOR), budget = index(m, Measure.BUDGET),
                vsBudget = index(m, Measure.VS_BUDGET), vsPrior = index(m, Measure.VS_PRIOR), pct = index(m, Measure.PERCENT);
        int total = data.size() - 1;
        for (int c = 0; c < m.length; c++) {
            if (m[c] == Measure.PERCENT || data.get(total).values().get(c) == null) continue;
            List<Quantity> parts = new ArrayList<>();
            for (int r = 0; r < total; r++) if (data.get(r).values().get(c) != null) parts.add(data.get(r).values().get(c));
            if (parts.size() == total) claims.add(new Breakdown(data.get(total).values().get(c).id() + ".col", Breakdown.Basis.TABLE, data.get(total).values().get(c), parts));
        }
        for (Row row : data) {
            List<Quantity> v = row.values();
            if (cur >= 0 && prior >= 0 && vsPrior >= 0 && all(v, cur, prior, vsPrior))
                claims.add(new Breakdown(v.get(cur).id() + ".prior", Breakdown.Basis.TABLE_ROW, v.get(cur), List.of(v.get(prior), v.get(vsPrior))));
            if (cur >= 0 && budget >= 0 && vsBudget >= 0 && all(v, cur, budget, vsBudget))
                claims.add(new Breakdown(v.get(cur).id() + ".budget", Breakdown.Basis.TABLE_ROW, v.get(cur), List.of(v.get(budget), v.get(vsBudget))));
            if (cur >= 0 && prior >= 0 && pct >= 0 && all(v, cur, prior, pct)) {
                Quantity p = v.get(pct);
                int sign = p.value().signum();
                Quantity magnitude = unsigned(p);
                Direction d = sign < 0 ? Direction.DOWN : sign > 0 ? Direction.UP : Direction.FLAT;
                claims.add(new Change(p.id() + ".pct", v.get(cur), v.get(prior), null, magnitude, d, sign < 0 ? "减" : sign > 0 ? "增" : "持平"));
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Cell> cells = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            rows.add(new Table.Row(r, data.get(r).label(), null, r == total ? 0 : -1));
            for (int c = 0; c < m.length; c++) if (data.get(r).values().get(c) != null) cells.add(new Table.Cell(r, c, data.get(r).values().get(c)));
        }
        List<Table.Column> columns = new ArrayList<>();
        for (int c = 0; c < m.length; c++) columns.add(new Table.Column(c, headers.get(c), null));
        tables.add(new Table(id, TITLE, TableKind.FA07_THREE_PUBLIC, MoneyUnit.WAN_YUAN, List.of(0), columns, rows, cells));
    }

    private static boolean all(List<Quantity> v, int... cols) {
        for (int c : cols) if (v.get(c) == null) return false;
        return true;
    }

    private static int index(Measure[] m, Measure x) {
        for (int c = 0; c < m.length; c++) if (m[c] == x) return c;
        return -1;
    }

    /** The percentage without its sign (the Change carries the sign as its direction), at the digits' own place. */
    private static Quantity unsigned(Quantity p) {
        String t = p.number().text();
        if (!t.startsWith("-")) return withKind(p, p.number().text(), p.location());
        Location l = p.location();
        Location at = new Location(l.file(), l.page(), l.line(), l.column() + 1, l.length() - 1, l.snippet(), l.section(), l.box());
        return withKind(p, t.substring(1), at);
    }

    private static Quantity withKind(Quantity p, String digits, Location at) {
        return new Quantity(p.id() + "p", Printed.parse(digits), QuantityKind.PERCENT, null, "%", p.label(), null, at, p.ocr());
    }

    private static Quantity number(String file, String id, ScoreTables.Cell cell, String label) {
        return CellQuantities.wholeLine(file, id, cell.lines().get(0), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "", TITLE, label);
    }
}
