package org.auditor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Location;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.auditor.model.TextLine;
import org.junit.jupiter.api.Test;

/**
 * A 公开05表 given one cell per line, as a workbook (POI: "'公开05表'!E5") and as a Word table (Tika: "table 1 row 4
 * col 5"), is read by {@link TableParser} into rows and columns, each number located in its own cell.
 */
class CellRowsTest {
    private static final String[][] SHEET = {
            {"一般公共预算财政拨款支出决算表"},
            {"公开05表", "", "", "", "单位：万元"},
            {"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
            {"", "合计", "30.00", "20.00", "10.00"},
            {"201", "一般公共服务支出", "30.00", "20.00", "10.50"}};

    /** Lines as the extractors give them: one per non-empty cell (a workbook) or per cell (a Word table, rows 3–5). */
    private static List<TextLine> lines(boolean workbook) {
        List<TextLine> out = new ArrayList<>();
        if (workbook) out.add(new TextLine(0, 1, "公开05表", null, null, null, false)); // the sheet's name
        else {
            out.add(TextLine.plain(1, SHEET[0][0]));
            out.add(TextLine.plain(2, "公开05表\t单位：万元"));
        }
        for (int r = workbook ? 0 : 2; r < SHEET.length; r++) {
            for (int c = 0; c < SHEET[r].length; c++) {
                if (workbook && SHEET[r][c].isEmpty()) continue;
                String name = workbook ? "'公开05表'!" + (char) ('A' + c) + (r + 1) : "table 1 row " + (r - 1) + " col " + (c + 1);
                out.add(new TextLine(0, out.size() + 1, SHEET[r][c], null, null, name, false));
            }
        }
        return out;
    }

    private static Table read(List<TextLine> lines) {
        TableParser.Result r = new TableParser(Vocabulary.standard()).parse("f", lines);
        assertThat(r.tables()).hasSize(1);
        assertThat(r.consumed()).as("every cell line is the table's").containsAll(lines.subList(1, lines.size()));
        return r.tables().get(0);
    }

    private static Table.Cell cell(Table t, String row, String header) {
        return t.cells().stream().filter(c -> t.rows().get(c.row()).label().equals(row) && t.columns().get(c.column()).header().equals(header))
                .findFirst().orElseThrow(() -> new AssertionError(row + " / " + header + " in " + t));
    }

    @Test
    void aWorkbookSheetIsReadAsRowsAndColumns() {
        List<TextLine> lines = lines(true);
        Table t = read(lines);
        assertThat(t.kind()).isEqualTo(TableKind.FA05_GENERAL_BUDGET_EXPENSE);
        assertThat(t.columns()).extracting(Table.Column::header).containsExactly("合计", "基本支出", "项目支出");
        assertThat(t.rows()).extracting(Table.Row::label).containsExactly("合计", "一般公共服务支出");
        assertThat(t.cells()).hasSize(6);
        Table.Cell c = cell(t, "一般公共服务支出", "项目支出");
        assertThat(c.value().text()).isEqualTo("10.50");
        Location l = c.value().location();
        assertThat(l.section()).isEqualTo("一般公共预算财政拨款支出决算表 / 一般公共服务支出 / 项目支出");
        assertThat(l.cell()).isEqualTo("'公开05表'!E5");
        assertThat(l.shortRef()).isEqualTo("'公开05表'!E5");
        TextLine e5 = lines.stream().filter(x -> "'公开05表'!E5".equals(x.cell())).findFirst().orElseThrow();
        assertThat(l.line()).isEqualTo(e5.line());
        assertThat(l.column()).isZero();
        assertThat(l.length()).isEqualTo(5);
    }

    @Test
    void aWordTableIsReadAsRowsAndColumns() {
        Table t = read(lines(false));
        assertThat(t.columns()).extracting(Table.Column::header).containsExactly("合计", "基本支出", "项目支出");
        assertThat(t.rows()).extracting(Table.Row::label).containsExactly("合计", "一般公共服务支出");
        assertThat(t.rows().get(1).code()).isEqualTo("201");
        Location l = cell(t, "合计", "基本支出").value().location();
        assertThat(l.section()).isEqualTo("一般公共预算财政拨款支出决算表 / 合计 / 基本支出");
        assertThat(l.cell()).isEqualTo("table 1 row 2 col 4");
    }

    @Test
    void aPdfLineIsNotRegrouped() {
        TextLine l = TextLine.plain(1, "201\t一般公共服务支出\t30.00");
        CellRows rows = CellRows.of(List.of(l));
        assertThat(rows.lines()).containsExactly(l);
        assertThat(rows.endsTable(TextLine.plain(2, "注：本表为空表。"))).isFalse();
    }
}
