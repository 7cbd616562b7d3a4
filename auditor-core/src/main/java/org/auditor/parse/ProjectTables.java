package org.auditor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.model.Breakdown;
import org.auditor.model.Claim;
import org.auditor.model.Concept;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Period;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.Scope;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;

/**
 * 项目绩效目标完成情况表 (seed 004): per project, a 预算执行情况 block "预算数: A | 执行数: B", then
 * "其中-财政拨款: | 其它资金:" on both sides. The block asserts 预算数 = 财政拨款 + 其它资金 on the budget side
 * and 执行数 = 财政拨款 + 其它资金 on the execution side. (Its indicator rows print targets and results in
 * words — "9人以上", "小于2件" — with no 分值/得分 in this template; a template that prints 分值/得分 is a
 * score table and read by {@link ScoreTables}.) Read from text flattened one cell per line, DOCX cells and
 * PDF lines, where the wrapped labels of the 财政拨款/其它资金 rows print around their numbers. The 预算数 and
 * 执行数 carry a concept of their project, which the narrative's restatements share (XSEC).
 */
final class ProjectTables {
    private static final Pattern BUDGET = Pattern.compile("^(全年)?预算数$");
    private static final Pattern SPENT = Pattern.compile("^(全年)?执行数$");
    private static final Pattern FISCAL = Pattern.compile("^(其中[-—－]?)?财政拨款$");
    private static final Pattern OTHER = Pattern.compile("^其[它他]资金$");
    private static final String TITLE = "项目绩效目标完成情况表";


    /** One amount of the block: which line (0 total, 1 财政拨款, 2 其它资金), which side (0 budget, 1 execution). */
    private record Amount(int part, int side, Quantity value) {}

    static TablesRead read(String file, List<TextLine> lines) {
        return TablesRead.read(lines, (tables, claims) -> pdf(file, lines, tables, claims),
                (rows, tables, claims) -> cellTable(file, rows, tables, claims));
    }

    private static void cellTable(String file, List<List<ScoreTables.Cell>> rows, List<Table> tables, List<Claim> claims) {
        String name = "", id = "p" + (tables.size() + 1);
        List<Amount> amounts = new ArrayList<>();
        for (List<ScoreTables.Cell> row : rows) {
            int pairs = 0;
            for (int c = 0; c + 1 < row.size(); c++) {
                String label = label(row.get(c).text());
                if (label.equals("项目名称") && name.isEmpty()) name = row.get(c + 1).text().strip();
                int part = part(label);
                if (part < 0) continue;
                Quantity q = CellQuantities.wholeLine(file, id + "a" + amounts.size(), row.get(c + 1).lines().get(0), QuantityKind.AMOUNT,
                        MoneyUnit.WAN_YUAN, "万元", TITLE + " / " + name, label);
                if (q == null) continue;
                int side = part == 0 ? (BUDGET.matcher(label).matches() ? 0 : 1) : Math.min(pairs, 1);
                pairs++;
                amounts.add(new Amount(part, side, q));
            }
        }
        build(id, name, amounts, tables, claims);
    }

    /**
     * PDF: between the title and the 年度目标 part, text printed at one x on lines no further apart than a line
     * pitch forms a label cell (labels wrap one or two characters per line in narrow columns: "其 / 中- / 财政 /
     * 拨 / 款："). A number belongs to the nearest label cell on its left whose lines span its own; the side is
     * the execution side when that cell is right of the 执行数 cell's left edge.
     */
    private static void pdf(String file, List<TextLine> lines, List<Table> tables, List<Claim> claims) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().strip().startsWith(TITLE) || lines.get(i).box() == null) continue;
            String id = "p" + (tables.size() + 1), name = "";
            List<PdfPieces.Piece> text = new ArrayList<>(), numbers = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && j < i + 60; j++) {
                List<PdfPieces.Piece> ps = PdfPieces.of(j, lines.get(j));
                if (ps.isEmpty()) continue;
                if (ps.get(0).text().startsWith(TITLE) || lines.get(j).page() != lines.get(i).page()) break;
                if (!numbers.isEmpty() && ps.stream().anyMatch(p -> p.text().contains("目标") || p.text().contains("预期"))) break;
                String first = ps.get(0).text();
                if (name.isEmpty() && numbers.isEmpty() && ps.size() == 1 && first.length() > 4 && !first.startsWith("（") && !first.startsWith("(")) name = first;
                for (PdfPieces.Piece p : ps) (p.number() ? numbers : text).add(p);
            }
            List<LabelCell> cells = labelCells(text);
            float spentX = Float.POSITIVE_INFINITY;
            for (LabelCell c : cells) if (SPENT.matcher(c.label()).matches()) spentX = Math.min(spentX, c.x());
            List<Amount> amounts = new ArrayList<>();
            for (PdfPieces.Piece n : numbers) {
                LabelCell at = null;
                for (LabelCell c : cells)
                    if (c.x() < n.x0() && n.y() >= c.top() - 8 && n.y() <= c.bottom() + 8 && (at == null || c.x() > at.x())) at = c;
                int part = at == null ? -1 : part(at.label());
                if (part < 0) continue;
                int side = at.x() >= spentX - 3 ? 1 : 0;
                if (part == 0 && side != (BUDGET.matcher(at.label()).matches() ? 0 : 1)) continue;
                amounts.add(new Amount(part, side, PdfPieces.quantity(file, id + "a" + amounts.size(), n, QuantityKind.AMOUNT,
                        MoneyUnit.WAN_YUAN, "万元", TITLE + " / " + name, at.label())));
            }
            if (!amounts.isEmpty()) build(id, name, amounts, tables, claims);
        }
    }

    /** A label printed over one or more lines at one x, from the y of its first line to that of its last. */
    private record LabelCell(float x, float top, float bottom, String label) {}

    /** Lines of one cell are one line pitch apart; the gap between two cells' text adds the cell padding. */
    private static final float LINE_PITCH = 16f;

    private static List<LabelCell> labelCells(List<PdfPieces.Piece> text) {
        List<LabelCell> out = new ArrayList<>();
        List<PdfPieces.Piece> used = new ArrayList<>();
        for (PdfPieces.Piece p : text) {
            if (used.contains(p)) continue;
            StringBuilder b = new StringBuilder(p.text());
            float top = p.y(), bottom = p.y();
            used.add(p);
            for (PdfPieces.Piece q : text) {
                if (used.contains(q) || Math.abs(q.x0() - p.x0()) > 3 || q.y() < bottom || q.y() - bottom > LINE_PITCH) continue;
                b.append(q.text());
                bottom = q.y();
                used.add(q);
            }
            out.add(new LabelCell(p.x0(), top, bottom, label(b.toString())));
        }
        return out;
    }

    private static final String[] CONCEPT = {"project.budget:", "project.spent:"};

    private static Concept concept(int side, String name) { return new Concept(CONCEPT[side] + name, Scope.ALL_FUNDS, Period.CURRENT); }

    private static final Pattern[] RESTATED = {Pattern.compile("预算数[为是：:]?\\s*(\\d+(?:\\.\\d+)?)\\s*万元"),
            Pattern.compile("执行数[为是：:]?\\s*(\\d+(?:\\.\\d+)?)\\s*万元")};
    /** How far after the project's name its 综述 may print the two amounts. */
    private static final int RESTATEMENT_REACH = 60;

    /**
     * The narrative's 综述 of a project ("（1）X项目绩效目标完成情况综述。项目全年预算数74万元，执行数为74万元") restates the
     * 预算数 and 执行数 of X's table: those narrative amounts take the table's concepts, so XSEC compares them. An
     * amount the narrative parser already gave a concept keeps it.
     */
    static UnaryOperator<Quantity> restatements(String file, List<Table> tables, List<Paragraph> paragraphs) {
        Map<String, Concept> at = new HashMap<>();
        for (Table t : tables)
            for (Table.Cell c : t.cells()) {
                Concept k = c.value().concept();
                if (k == null || c.row() != 0) continue;
                String name = k.id().substring(CONCEPT[c.column()].length());
                for (Paragraph p : paragraphs) {
                    String text = p.text();
                    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                        int from = i + name.length(), to = Math.min(text.length(), from + RESTATEMENT_REACH);
                        Matcher m = RESTATED[c.column()].matcher(text).region(from, to);
                        if (!m.find()) continue;
                        Location l = p.locate(file, m.start(1), m.end(1), "");
                        at.put(l.page() + ":" + l.line() + ":" + l.column(), k);
                    }
                }
            }
        return q -> {
            Concept k = q.concept() != null || q.kind() != QuantityKind.AMOUNT ? null
                    : at.get(q.location().page() + ":" + q.location().line() + ":" + q.location().column());
            return k == null ? q : q.withConcept(k);
        };
    }

    private static String label(String text) {
        return text.replace(" ", "").replace("　", "").replaceAll("[:：]$", "");
    }

    /** 0 the total (预算数/执行数), 1 财政拨款, 2 其它资金, −1 none. */
    private static int part(String label) {
        if (BUDGET.matcher(label).matches() || SPENT.matcher(label).matches()) return 0;
        if (FISCAL.matcher(label).matches()) return 1;
        if (OTHER.matcher(label).matches()) return 2;
        return -1;
    }

    private static void build(String id, String name, List<Amount> amounts, List<Table> tables, List<Claim> claims) {
        if (amounts.isEmpty()) return;
        Quantity[][] q = new Quantity[3][2];
        for (Amount a : amounts) if (q[a.part()][a.side()] == null) q[a.part()][a.side()] = a.value();
        // the project's 预算数 and 执行数 are quantities of their own: the narrative's 综述 restates them (see restatements)
        for (int s = 0; s < 2; s++) if (q[0][s] != null && !name.isEmpty()) q[0][s] = q[0][s].withConcept(concept(s, name));
        String[] sides = {"b", "e"};
        for (int s = 0; s < 2; s++)
            if (q[0][s] != null && q[1][s] != null && q[2][s] != null)
                claims.add(new Breakdown(id + "." + sides[s], Breakdown.Basis.TABLE, q[0][s], List.of(q[1][s], q[2][s])));
        List<Table.Row> rows = List.of(new Table.Row(0, "预算执行情况", null, 0), new Table.Row(1, "其中-财政拨款", null, 1),
                new Table.Row(2, "其它资金", null, 1));
        List<Table.Cell> cells = new ArrayList<>();
        for (int r = 0; r < 3; r++) for (int s = 0; s < 2; s++) if (q[r][s] != null) cells.add(new Table.Cell(r, s, q[r][s]));
        tables.add(new Table(id, TITLE + (name.isEmpty() ? "" : "（" + name + "）"), TableKind.BUDGET, MoneyUnit.WAN_YUAN, List.of(0),
                List.of(new Table.Column(0, "预算数", "budget"), new Table.Column(1, "执行数", "actual")), rows, cells));
    }
}
