package org.auditor.extract.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.auditor.extract.CellText;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractor;
import org.auditor.extract.FileType;
import org.auditor.extract.Normalizer;
import org.auditor.model.Document;
import org.auditor.model.TextLine;

/**
 * Excel workbooks (XLS, XLSX) read with POI directly, because Tika's rendering drops cell addresses. Each
 * visible sheet yields its name as a line, then one line per non-empty cell, named like "Sheet1!B7", with
 * the text as Excel displays it (its number format applied, formulas by their cached values): a report
 * prints what it shows, so 12.30 stays 12.30 and 0.125 formatted as 12.5% stays 12.5%.
 */
public final class SpreadsheetExtractor implements Extractor {

    @Override public String format() { return "spreadsheet"; }

    @Override public boolean accepts(FileType type) { return type == FileType.XLS || type == FileType.XLSX; }

    @Override public Document extract(Path file) throws IOException, ExtractionException {
        FileType type = FileType.detect(file);
        if (!accepts(type)) throw new ExtractionException("not a workbook: " + type);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true); // evaluating would recompute what the report must be checked on
        List<TextLine> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                if (book.isSheetHidden(s) || book.isSheetVeryHidden(s)) {
                    warnings.add("hidden sheet skipped: " + sheet.getSheetName());
                    continue;
                }
                add(lines, sheet.getSheetName(), null);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = CellText.join(Arrays.asList(formatter.formatCellValue(cell).split("\\R")));
                        if (text.isBlank()) continue;
                        String name = new CellReference(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(),
                                false, false).formatAsString();
                        add(lines, text, name);
                    }
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("password-protected " + type + " workbook: save it without a password and retry", e);
        } catch (RuntimeException e) { // POI reports damaged files with unchecked exceptions
            throw new ExtractionException("damaged or unreadable " + type + " file: " + e.getMessage(), e);
        }
        if (lines.stream().noneMatch(l -> l.cell() != null)) {
            throw new ExtractionException("no cell with content in this " + type + " workbook");
        }
        return new Document(file.toString(), type.name().toLowerCase(Locale.ROOT), 0, lines, warnings);
    }

    private static void add(List<TextLine> lines, String text, String cell) {
        lines.add(new TextLine(0, lines.size() + 1, Normalizer.normalize(text), null, null, cell, false));
    }
}
