package org.auditor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.auditor.model.FileResult;
import org.auditor.report.Columns.Column;

/**
 * One row per finding (and per passed check, with a result column, when passed checks are wanted), plus
 * one row per file that could not be audited so that no input silently disappears. UTF-8 with a byte
 * order mark, because Excel reads BOM-less CSV in the ANSI code page and garbles Chinese; RFC 4180
 * quoting and CRLF line ends.
 */
public final class CsvReportWriter implements ReportWriter {
    /** What Excel would take for a formula; text starting so is prefixed with ' (CSV injection). */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

    @Override public String format() { return "csv"; }

    @Override public void write(List<FileResult> results, RunInfo run, OutputStream out) throws IOException {
        Labels labels = Labels.of(run.lang());
        List<Column<CheckRow>> columns = Columns.checkColumns(run.includePassed());
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(c -> labels.get(c.key())).toArray(String[]::new))
                .get();
        // Not closed: the caller owns the stream.
        CSVPrinter printer = new CSVPrinter(w, format);
        for (FileResult r : results) {
            if (!r.ok()) {
                printer.printRecord(errorRow(r, columns, labels));
                continue;
            }
            for (CheckRow row : CheckRow.findings(r)) printer.printRecord(cells(row, columns, labels));
            if (run.includePassed())
                for (CheckRow row : CheckRow.passed(r)) printer.printRecord(cells(row, columns, labels));
        }
        printer.flush();
    }

    private static List<String> cells(CheckRow row, List<Column<CheckRow>> columns, Labels labels) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column<CheckRow> c : columns) cells.add(text(c.valueOf(row, labels)));
        return cells;
    }

    /** The file name, its status where there is a result column, and the error as the message. */
    private static List<String> errorRow(FileResult r, List<Column<CheckRow>> columns, Labels labels) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column<CheckRow> c : columns) {
            if (c == Columns.FILE) cells.add(text(r.path()));
            else if (c == Columns.STATUS) cells.add(labels.fileStatus(r.status()));
            else if (c.key().equals("col.message")) cells.add(text(r.error() == null ? labels.fileStatus(r.status()) : r.error()));
            else cells.add("");
        }
        return cells;
    }

    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof BigDecimal d) return CheckRow.plain(d);
        String s = v.toString();
        return FORMULA_START.matcher(s).matches() && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }
}
