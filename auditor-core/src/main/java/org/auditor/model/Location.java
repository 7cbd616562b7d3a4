package org.auditor.model;

/**
 * Where a number (or a claim) was printed. {@code page} is 0 when the format has no pages;
 * {@code line} is 1-based within the document (text formats) or within the page (PDF);
 * {@code column}/{@code length} give the character span in the normalised line; {@code box} is the
 * position on the page when the extractor knows it (PDF), else null; {@code cell} names the DOCX or workbook
 * table cell a number was read from ("table 3 row 14 col 2", "'公开01表'!B14"), else null.
 */
public record Location(String file, int page, int line, int column, int length, String snippet, String section,
                       Box box, String cell) {

    /** A rectangle on a PDF page in PDF user-space units (origin top-left). */
    public record Box(float x, float y, float width, float height) {}

    /** A place not in a named table cell. */
    public Location(String file, int page, int line, int column, int length, String snippet, String section, Box box) {
        this(file, page, line, column, length, snippet, section, box, null);
    }

    public Location withSection(String s) { return new Location(file, page, line, column, length, snippet, s, box, cell); }

    /** "p.3 l.12" style short reference for console output; a table cell's own name where it has one. */
    public String shortRef() {
        if (cell != null) return cell;
        return (page > 0 ? "p." + page + " " : "") + "l." + line;
    }
}
