package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Claim;
import org.auditor.model.Table;
import org.auditor.model.TextLine;

/** What a reader of the small tables (score, budget, project, 三公 comparison) took from a document: its tables and their relations. */
record TablesRead(List<Table> tables, List<Claim> claims) {
    TablesRead { tables = List.copyOf(tables); claims = List.copyOf(claims); }

    /** Reads a PDF's positioned lines, adding what it finds. */
    interface PdfReader { void read(List<Table> tables, List<Claim> claims); }

    /** Reads one table given as rows of cells (DOCX cells, or text flattened one cell per line), adding what it finds. */
    interface CellReader { void read(List<List<ScoreTables.Cell>> rows, List<Table> tables, List<Claim> claims); }

    /** The one format dispatch of the small-table readers: positioned PDF lines, else each table's rows of cells. */
    static TablesRead read(List<TextLine> lines, PdfReader pdf, CellReader cells) {
        List<Table> tables = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        if (PdfPieces.positioned(lines)) pdf.read(tables, claims);
        else for (List<List<ScoreTables.Cell>> rows : ScoreTables.cellTables(lines)) cells.read(rows, tables, claims);
        return new TablesRead(tables, claims);
    }
}
