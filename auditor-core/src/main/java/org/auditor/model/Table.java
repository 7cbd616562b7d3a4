package org.auditor.model;

import java.util.List;

/**
 * A table read from a report: its title and kind, the unit from its header ("单位：万元"), the pages it
 * spans (a 续表 on the next page is the same table), its columns and rows, and every numeric cell as a
 * normal {@link Quantity} whose location names the page, line and "row label / column header".
 */
public record Table(String id, String title, TableKind kind, MoneyUnit unit, List<Integer> pages, List<Column> columns,
                    List<Row> rows, List<Cell> cells) {
    public Table {
        pages = List.copyOf(pages);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        cells = List.copyOf(cells);
    }

    /**
     * A column of numbers: its header as printed (header lines joined top to bottom) and the measure the
     * header names in the vocabulary (tables.yaml), null if none.
     */
    public record Column(int index, String header, String measure) {}

    /**
     * A row: its label, its classification code when the row carries one (3/5/7 digits for 功能分类
     * 类/款/项, 3/5 for 经济分类 类/款) and the code's level (1 类, 2 款, 3 项; 0 for a 合计 row; -1 none).
     */
    public record Row(int index, String label, String code, int level) {
        public boolean isTotal() { return level == 0; }
    }

    /** The number at a row and a column. */
    public record Cell(int row, int column, Quantity value) {}

    public Cell cell(int row, int column) {
        for (Cell c : cells) if (c.row() == row && c.column() == column) return c;
        return null;
    }

    public Row row(int index) { return rows.get(index); }

    public Column column(int index) { return columns.get(index); }
}
