package org.auditor.extract.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractors;
import org.auditor.model.Document;
import org.auditor.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written by the test: cell names, displayed values, cached formulas, hidden sheets, both formats. */
class SpreadsheetExtractorTest {
    @TempDir Path dir;

    @Test void xlsxCellsAsDisplayedWithTheirAddresses() throws Exception {
        Document d = Extractors.standard().extract(write("report.xlsx", XSSFWorkbook::new));
        assertThat(d.format()).isEqualTo("xlsx");
        assertLines(d);
    }

    @Test void xlsTheSame() throws Exception {
        Document d = Extractors.standard().extract(write("report.xls", HSSFWorkbook::new));
        assertThat(d.format()).isEqualTo("xls");
        assertLines(d);
    }

    private static void assertLines(Document d) {
        assertThat(d.lines()).extracting(TextLine::line, TextLine::text, TextLine::cell).containsExactly(
                tuple(1, "表1收入支出决算总表", null), // the sheet name, normalised like any text
                tuple(2, "项目", "'表1 收入支出决算总表'!A1"), // quoted as Excel quotes names with spaces
                tuple(3, "2024年 决算数", "'表1 收入支出决算总表'!C1"),
                tuple(4, "财政拨款收入", "'表1 收入支出决算总表'!A2"),
                tuple(5, "1234.50", "'表1 收入支出决算总表'!C2"), // #,##0.00 as printed, separator removed
                tuple(6, "其他收入", "'表1 收入支出决算总表'!A3"),
                tuple(7, "45", "'表1 收入支出决算总表'!C3"),
                tuple(8, "合计", "'表1 收入支出决算总表'!A4"),
                tuple(9, "1278.50", "'表1 收入支出决算总表'!C4"), // the cached result, not a recomputation
                tuple(10, "12.5%", "'表1 收入支出决算总表'!C5"));
        assertThat(d.warnings()).containsExactly("hidden sheet skipped: 草稿");
    }

    /** C4 holds =C2+C3 evaluated before C3 was changed: the file shows 1278.50, which is what was published. */
    private Path write(String name, Supplier<Workbook> factory) throws Exception {
        Path file = dir.resolve(name);
        try (Workbook book = factory.get(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("表1 收入支出决算总表");
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            Row r0 = sheet.createRow(0);
            r0.createCell(0).setCellValue("项目");
            r0.createCell(1).setCellValue("   "); // blank cells are not lines
            r0.createCell(2).setCellValue("2024年\n决算数");
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("财政拨款收入");
            r1.createCell(2).setCellValue(1234.5);
            r1.getCell(2).setCellStyle(money);
            Row r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("其他收入");
            r2.createCell(2).setCellValue(44);
            Row r3 = sheet.createRow(3);
            r3.createCell(0).setCellValue("合计");
            r3.createCell(2).setCellFormula("C2+C3");
            r3.getCell(2).setCellStyle(money);
            sheet.createRow(4).createCell(2).setCellValue(0.125);
            sheet.getRow(4).getCell(2).setCellStyle(percent);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            r2.getCell(2).setCellValue(45); // the cached total now disagrees with its parts, as in a faulty report
            book.createSheet("草稿").createRow(0).createCell(0).setCellValue("999");
            book.setSheetHidden(1, true);
            book.write(out);
        }
        return file;
    }

    @Test void aWorkbookWithoutContentIsAnError() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        try (Workbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Sheet1");
            book.write(out);
        }
        assertThatThrownBy(() -> Extractors.standard().extract(file)).isInstanceOf(ExtractionException.class)
                .hasMessage("no cell with content in this XLSX workbook");
    }
}
