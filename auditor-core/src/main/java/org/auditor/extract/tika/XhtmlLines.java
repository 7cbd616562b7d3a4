package org.auditor.extract.tika;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.auditor.extract.CellText;
import org.auditor.extract.Normalizer;
import org.auditor.model.TextLine;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML events Tika emits for a document into text lines, the way the seed texts flatten
 * reports: every line of a paragraph, heading or list item is one line; every table cell is one line of
 * its own, named "table T row R col C" (tables numbered through the document, nested ones included).
 * Line breaks inside a paragraph start a new line; inside a cell they are joined by {@link CellText}.
 */
final class XhtmlLines extends DefaultHandler {
    private static final Set<String> PARAGRAPHS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dt", "dd", "caption");
    /** Elements whose start or end ends the text before them without being a paragraph themselves. */
    private static final Set<String> BOUNDARIES = Set.of("div", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot",
            "tr", "body", "section", "article", "header", "footer", "main", "nav", "aside", "form", "hr");
    private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script", "noscript", "template");

    private final boolean collapseWhitespace;
    private final List<TextLine> lines = new ArrayList<>();
    /** The open paragraph outside any cell; '\n' marks a line break. */
    private final StringBuilder paragraph = new StringBuilder();
    private final Deque<Table> tables = new ArrayDeque<>();
    /** For each open paragraph-like element outside cells, the line count when it started. */
    private final Deque<Integer> openParagraphs = new ArrayDeque<>();
    private int tablesSeen;
    private int skipped;
    /** A {@code <br>} element was just seen: the newline Tika writes after it is the same break. */
    private boolean breakEchoDue;

    private static final class Table {
        final int number;
        int row;
        int nextColumn = 1;
        Cell cell;

        Table(int number) { this.number = number; }
    }

    private static final class Cell {
        final String name;
        final List<String> pieces = new ArrayList<>();
        final StringBuilder piece = new StringBuilder();
        boolean emitted;

        Cell(String name) { this.name = name; }

        void breakPiece() {
            pieces.add(piece.toString());
            piece.setLength(0);
        }

        String take() {
            breakPiece();
            String text = CellText.join(pieces);
            pieces.clear();
            return text;
        }
    }

    /** @param collapseWhitespace true for HTML, where line breaks in the source are plain spaces */
    XhtmlLines(boolean collapseWhitespace) { this.collapseWhitespace = collapseWhitespace; }

    List<TextLine> lines() {
        flushParagraph(false);
        return List.copyOf(lines);
    }

    @Override public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) { skipped++; return; }
        if (skipped > 0) return;
        Cell cell = openCell();
        breakEchoDue = name.equals("br");
        switch (name) {
            case "table" -> {
                if (cell != null) emitPartOfCell(cell); // a nested table: the outer cell's text so far comes first
                else flushParagraph(false);
                tables.push(new Table(++tablesSeen));
            }
            case "tr" -> {
                if (!tables.isEmpty()) { tables.peek().row++; tables.peek().nextColumn = 1; }
            }
            case "td", "th" -> {
                if (tables.isEmpty()) { flushParagraph(false); return; }
                Table t = tables.peek();
                int column = t.nextColumn;
                t.nextColumn += span(atts);
                t.cell = new Cell("table " + t.number + " row " + Math.max(1, t.row) + " col " + column);
            }
            case "br" -> {
                if (cell != null) cell.breakPiece();
                else paragraph.append('\n');
            }
            default -> {
                if (cell != null) { if (PARAGRAPHS.contains(name)) cell.breakPiece(); }
                else if (PARAGRAPHS.contains(name) || BOUNDARIES.contains(name)) {
                    flushParagraph(false);
                    if (PARAGRAPHS.contains(name)) openParagraphs.push(lines.size());
                }
            }
        }
    }

    @Override public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) { skipped--; return; }
        if (skipped > 0) return;
        Cell cell = openCell();
        switch (name) {
            case "td", "th" -> {
                if (cell == null) { flushParagraph(false); return; }
                String text = cell.take();
                if (!cell.emitted || !text.isBlank()) add(text, cell.name);
                tables.peek().cell = null;
            }
            case "table" -> {
                if (!tables.isEmpty()) tables.pop();
            }
            default -> {
                if (cell != null) { if (PARAGRAPHS.contains(name)) cell.breakPiece(); }
                else if (PARAGRAPHS.contains(name)) {
                    // empty only if nothing was emitted inside it: <li><p>text</p></li> is one line, not two
                    int before = openParagraphs.isEmpty() ? lines.size() : openParagraphs.pop();
                    flushParagraph(lines.size() == before);
                }
                else if (BOUNDARIES.contains(name)) flushParagraph(false);
            }
        }
    }

    @Override public void characters(char[] ch, int start, int length) {
        if (skipped > 0) return;
        breakEchoDue = false;
        Cell cell = openCell();
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\r') continue;
            if (collapseWhitespace && (c == '\n' || c == '\t' || c == '\f')) c = ' ';
            if (c == '\n') { // a line break inside a paragraph of an office document
                if (cell != null) cell.breakPiece();
                else paragraph.append('\n');
                continue;
            }
            (cell != null ? cell.piece : paragraph).append(c);
        }
    }

    /** Tika's HTML parser reports a {@code <br>} as ignorable whitespace "\n"; so do block ends, harmlessly. */
    @Override public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipped > 0) return;
        Cell cell = openCell();
        for (int i = start; i < start + length; i++) {
            if (ch[i] != '\n') continue;
            if (breakEchoDue) { breakEchoDue = false; continue; }
            if (cell != null) cell.breakPiece();
            else paragraph.append('\n');
        }
    }

    private Cell openCell() { return tables.isEmpty() ? null : tables.peek().cell; }

    private void emitPartOfCell(Cell cell) {
        String text = cell.take();
        if (!text.isBlank()) { add(text, cell.name); cell.emitted = true; }
    }

    /**
     * Emits the open paragraph, one line per line break. At a paragraph's end an empty paragraph is kept as
     * an empty line (documents space their blocks with them, as the text files do with blank lines); at
     * other boundaries only text counts.
     */
    private void flushParagraph(boolean paragraphEnd) {
        String text = paragraph.toString();
        paragraph.setLength(0);
        if (text.isBlank() && !paragraphEnd) return;
        String[] parts = text.split("\n", -1);
        int n = parts.length;
        if (n > 1 && parts[n - 1].isBlank()) n--; // the break that ends a paragraph starts no new line
        for (int i = 0; i < n; i++) {
            String line = collapseWhitespace ? collapse(parts[i]) : parts[i].stripTrailing();
            if (paragraphEnd || !line.isBlank()) add(line, null);
        }
    }

    private void add(String raw, String cell) {
        String text = collapseWhitespace ? collapse(raw) : raw;
        lines.add(new TextLine(0, lines.size() + 1, Normalizer.normalize(text), null, null, cell, false));
    }

    private static String collapse(String s) { return s.replaceAll(" {2,}", " ").strip(); }

    private static int span(Attributes atts) {
        String colspan = atts.getValue("colspan");
        if (colspan == null) return 1;
        try {
            return Math.max(1, Integer.parseInt(colspan.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }
}
