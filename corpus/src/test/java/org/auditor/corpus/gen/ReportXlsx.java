package org.auditor.corpus.gen;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditor.corpus.gen.Draft.Row;
import org.auditor.corpus.gen.Draft.Slot;
import org.auditor.corpus.gen.Draft.Table;

/**
 * Renders the nine tables of a {@link Draft} as an Excel workbook, one sheet per table, as departments
 * publish their 决算 tables: the title merged across row 1, the table's code in A2 and "单位：万元" in the last
 * column of row 2, the header rows with their merged cells, then the body with every amount a numeric cell
 * formatted with as many decimals as the PDF prints ("0.00"), so Excel shows what the PDF prints. The
 * narrative is not in the workbook.
 */
final class ReportXlsx {
    private ReportXlsx() {}

    static void render(Draft draft, Path out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Map<Integer, CellStyle> formats = new HashMap<>();
            for (Object block : draft.blocks) {
                if (!(block instanceof Table t)) continue;
                XSSFSheet sheet = book.createSheet(t.code());
                int columns = t.widths().length;
                for (int c = 0; c < columns; c++) sheet.setColumnWidth(c, Math.round(t.widths()[c] * 3000));
                sheet.createRow(0).createCell(0).setCellValue(t.title());
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
                XSSFRow second = sheet.createRow(1);
                second.createCell(0).setCellValue(t.code());
                second.createCell(columns - 1).setCellValue("单位：万元");
                int r = 2;
                for (int h = 0; h < t.header().size(); h++, r++) {
                    List<String> hr = t.header().get(h);
                    XSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < columns; c++) {
                        String s = hr.get(c);
                        if (s.equals("<") || s.equals("^")) continue;
                        row.createCell(c).setCellValue(s);
                        int right = c, down = h;
                        while (right + 1 < columns && hr.get(right + 1).equals("<")) right++;
                        while (down + 1 < t.header().size() && t.header().get(down + 1).get(c).equals("^")) down++;
                        if (right > c || down > h) sheet.addMergedRegion(new CellRangeAddress(r, r + down - h, c, right));
                    }
                }
                for (Row data : t.rows()) {
                    XSSFRow row = sheet.createRow(r++);
                    for (int c = 0; c < columns; c++) {
                        Object o = data.cells().get(c);
                        String s = o.toString();
                        if (s.isEmpty()) continue;
                        XSSFCell cell = row.createCell(c);
                        if (o instanceof Slot) {
                            BigDecimal v = new BigDecimal(s);
                            cell.setCellValue(v.doubleValue());
                            cell.setCellStyle(formats.computeIfAbsent(Math.max(0, v.scale()), d -> numberStyle(book, d)));
                        } else cell.setCellValue(s);
                    }
                }
                if (t.note() != null) sheet.createRow(r).createCell(0).setCellValue(t.note());
            }
            try (OutputStream o = Files.newOutputStream(out)) { book.write(o); }
        }
    }

    /** "0.00" for two decimals (as every generated amount is printed), "0" for none. */
    private static CellStyle numberStyle(XSSFWorkbook book, int decimals) {
        CellStyle s = book.createCellStyle();
        s.setDataFormat(book.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }
}
