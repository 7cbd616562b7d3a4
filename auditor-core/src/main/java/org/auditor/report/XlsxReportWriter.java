package org.auditor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.auditor.report.Columns.Column;

/**
 * The workbook auditors work in: 汇总 (one row per file, linked to the file), 问题清单 (one row per
 * finding), 已核对 (passed checks, only when wanted) and 规则 (the rule base with its counts). Every
 * sheet has a frozen header row and an autofilter; numbers are numeric cells. Streams rows
 * (SXSSF) so a run over thousands of files does not hold the sheets in memory.
 */
public final class XlsxReportWriter implements ReportWriter {
    /** Rows SXSSF keeps in memory per sheet before flushing them to a temporary file. */
    private static final int ROW_WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    @Override public String format() { return "xlsx"; }

    @Override public void write(List<FileResult> results, RunInfo run, OutputStream out) throws IOException {
        Labels labels = Labels.of(run.lang());
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        wb.setCompressTempFiles(true); // a big run's temporary sheet XML would otherwise take ~1 KB per row on disk
        try {
            Styles styles = new Styles(wb);
            summarySheet(wb, styles, labels, results, run);
            checkSheet(wb.createSheet(labels.get("sheet.findings")), styles, labels,
                    results.stream().flatMap(r -> CheckRow.findings(r).stream()).toList());
            if (run.includePassed())
                checkSheet(wb.createSheet(labels.get("sheet.passed")), styles, labels,
                        results.stream().flatMap(r -> CheckRow.passed(r).stream()).toList());
            new Table<>(wb.createSheet(labels.get("sheet.rules")), styles, labels, Columns.RULES)
                    .rows(Columns.ruleRows(results, run), (row, col, cell) -> {
                        if (col.key().equals("col.severity")) styles.severity(cell, row.rule().severity());
                    });
            configSheet(wb, styles, labels, results, run);
            wb.write(out);
            out.flush();
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void summarySheet(SXSSFWorkbook wb, Styles styles, Labels labels, List<FileResult> results,
                                     RunInfo run) {
        List<Column<FileResult>> cols = new ArrayList<>(Columns.SUMMARY);
        Column<FileResult> annotated = new Column<>("col.annotated",
                (r, l) -> Links.annotatedCopy(run, r) == null ? null : l.get("link.open"), 10);
        if (run.annotateDir() != null) cols.add(annotated);
        new Table<>(wb.createSheet(labels.get("sheet.summary")), styles, labels, cols).rows(results, (r, col, cell) -> {
            if (col == Columns.PATH) styles.link(cell, Links.fileUri(r.path()));
            else if (col == annotated) {
                Path copy = Links.annotatedCopy(run, r);
                if (copy != null) styles.link(cell, copy.toUri().toASCIIString());
            } else if (col.key().equals("col.fileStatus") && !r.ok()) styles.severity(cell, Severity.ERROR);
            else if (col.key().equals("col.errors") && r.count(Severity.ERROR) > 0) styles.severity(cell, Severity.ERROR);
            else if (col.key().equals("col.warnings") && r.count(Severity.WARNING) > 0) styles.severity(cell, Severity.WARNING);
            else if (col.key().equals("col.infos") && r.count(Severity.INFO) > 0) styles.severity(cell, Severity.INFO);
        });
    }

    /** The run's configuration, user rules and baseline as setting → value rows, then each file configured differently. */
    private static void configSheet(SXSSFWorkbook wb, Styles styles, Labels labels, List<FileResult> results, RunInfo run) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {labels.get("config.version"), "auditor " + run.version()});
        RunText.settings(run.settings(), labels).forEach((k, v) -> rows.add(new String[] {k, v}));
        String user = RunText.userRules(run);
        if (user != null) rows.add(new String[] {labels.get("config.userRules"), user});
        if (run.suppressed().baseline() != null) {
            rows.add(new String[] {labels.get("config.baseline"), run.suppressed().baseline().toString()});
            rows.add(new String[] {labels.get("config.suppressed"), String.valueOf(run.suppressed().total())});
        }
        for (FileResult r : results)
            if (run.fileSettings().containsKey(r.path()))
                rows.add(new String[] {labels.get("config.fileConfig") + " " + r.path(), RunText.settingsLine(run.settingsOf(r.path()), labels)});
        new Table<String[]>(wb.createSheet(labels.get("sheet.config")), styles, labels, List.of(
                new Column<>("col.setting", (r, l) -> r[0], 40), new Column<>("col.value", (r, l) -> r[1], 100)))
                .rows(rows, (r, col, cell) -> {});
    }

    private static void checkSheet(SXSSFSheet sheet, Styles styles, Labels labels, List<CheckRow> rows) {
        new Table<>(sheet, styles, labels, Columns.CHECK).rows(rows, (row, col, cell) -> {
            if (col == Columns.SEVERITY && !row.check().passed()) styles.severity(cell, row.check().severity());
        });
    }

    /** Display width in character units: CJK and full-width characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }

    /** Styles are workbook-wide and limited in number, so they are made once. */
    private static final class Styles {
        final CellStyle header, decimal, link;
        final CellStyle[] severity = new CellStyle[Severity.values().length];
        private final SXSSFWorkbook wb;

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00####"));
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(blue);
            // Excel's own "bad", "neutral" and a light blue: fill and a darker font of the same hue.
            severity[Severity.ERROR.ordinal()] = fill("FFC7CE", "9C0006");
            severity[Severity.WARNING.ordinal()] = fill("FFEB9C", "9C5700");
            severity[Severity.INFO.ordinal()] = fill("DDEBF7", "1F4E78");
        }

        private CellStyle fill(String background, String foreground) {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.setFillForegroundColor(new XSSFColor(hex(background)));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setColor(new XSSFColor(hex(foreground)));
            s.setFont(f);
            return s;
        }

        private static byte[] hex(String rgb) {
            return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                    (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
        }

        void severity(Cell cell, Severity s) {
            if (s != null) cell.setCellStyle(severity[s.ordinal()]);
        }

        void link(Cell cell, String uri) {
            if (uri == null) return;
            try {
                URI.create(uri);
            } catch (IllegalArgumentException e) {
                return;
            }
            Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
            h.setAddress(uri);
            cell.setHyperlink(h);
            cell.setCellStyle(link);
        }
    }

    @FunctionalInterface
    private interface CellHook<T> {
        void style(T row, Column<T> column, Cell cell);
    }

    /** One sheet: a bold frozen header, typed cells, an autofilter, widths from the longest values. */
    private static final class Table<T> {
        private final SXSSFSheet sheet;
        private final Styles styles;
        private final Labels labels;
        private final List<Column<T>> columns;
        private final int[] widths;

        Table(SXSSFSheet sheet, Styles styles, Labels labels, List<Column<T>> columns) {
            this.sheet = sheet;
            this.styles = styles;
            this.labels = labels;
            this.columns = columns;
            this.widths = new int[columns.size()];
        }

        void rows(List<T> rows, CellHook<T> hook) {
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                String label = labels.get(columns.get(c).key());
                Cell cell = head.createCell(c);
                cell.setCellValue(label);
                cell.setCellStyle(styles.header);
                widths[c] = displayWidth(label) + 3; // room for the filter button
            }
            int r = 1;
            for (T row : rows) {
                if (r == MAX_ROWS - 1) { // Excel's row limit: say so instead of failing the whole run
                    sheet.createRow(r++).createCell(0).setCellValue(
                            labels.get("sheet.truncated").replace("{0}", String.valueOf(rows.size() - (MAX_ROWS - 2))));
                    break;
                }
                Row xrow = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> col = columns.get(c);
                    Object v = col.valueOf(row, labels);
                    Cell cell = xrow.createCell(c);
                    set(cell, v);
                    if (v != null) widths[c] = Math.max(widths[c], Math.min(col.maxWidth(), width(v)));
                    hook.style(row, col, cell);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            for (int c = 0; c < columns.size(); c++) sheet.setColumnWidth(c, Math.min(255, widths[c] + 1) * 256);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            sheet.getPrintSetup().setLandscape(true);
        }

        private void set(Cell cell, Object v) {
            if (v == null) return;
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(styles.decimal);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String s = v.toString();
                cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s);
            }
        }

        private static int width(Object v) {
            return v instanceof BigDecimal d ? CheckRow.plain(d).length() : displayWidth(v.toString());
        }
    }
}
