package org.auditor.corpus.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Recovers the layout of a seed text: paragraphs, blank lines, page breaks and the tables the extraction
 * flattened. Two flattenings occur in the seeds:
 * <ul>
 * <li>one cell per line, tab-indented, rows separated by one blank line, tables by two or more; a cell's
 * further paragraphs follow it as short untabbed lines (after at most one blank line) and are only taken
 * as such when another cell comes right after them; a lone cell completed by the next row is mended
 * back into one row;</li>
 * <li>one row per line with tab-separated cells (Markdown-like exports).</li>
 * </ul>
 * A block that does not make a table of at least two columns stays as paragraphs, line for line.
 */
public final class SeedLayout {
    /** Longest untabbed line still taken for a cell's second paragraph ("决算数", "(2019 年度)"). */
    private static final int CONTINUATION_MAX_CHARS = 40;
    private static final int CONTINUATION_MAX_LINES = 6;
    /** A run of this many blank lines marks a page break in the source document. */
    private static final int PAGE_BREAK_BLANKS = 3;

    public sealed interface Block permits Paragraph, Blank, PageBreak, Table {}

    /** A line of text as printed, Markdown marks ({@code #}, {@code **}) and bookmark debris included. */
    public record Paragraph(String text) implements Block {}

    public record Blank() implements Block {}

    public record PageBreak() implements Block {}

    /** Rows of cells; a cell is its paragraphs. */
    public record Table(List<List<List<String>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        public int columns() { return rows.stream().mapToInt(List::size).max().orElse(0); }
    }

    private final String[] lines;
    private final List<Block> blocks = new ArrayList<>();

    private SeedLayout(String text) {
        String[] all = text.split("\r?\n", -1);
        // a final newline ends the last line rather than starting an empty one
        this.lines = all.length > 0 && all[all.length - 1].isEmpty() ? Arrays.copyOf(all, all.length - 1) : all;
    }

    public static List<Block> of(String text) {
        SeedLayout layout = new SeedLayout(text);
        layout.read();
        return List.copyOf(layout.blocks);
    }

    private void read() {
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (isRowLine(line)) {
                i = rowTable(i);
            } else if (isCellLine(line)) {
                i = cellTable(i);
            } else if (blank(line)) {
                int k = i;
                while (k < lines.length && blank(lines[k])) k++;
                if (k - i >= PAGE_BREAK_BLANKS && k < lines.length) blocks.add(new PageBreak());
                else for (int b = i; b < k; b++) blocks.add(new Blank());
                i = k;
            } else {
                blocks.add(new Paragraph(line));
                i++;
            }
        }
    }

    /** Consecutive tab-separated rows, one table. */
    private int rowTable(int start) {
        int end = start;
        List<List<List<String>>> rows = new ArrayList<>();
        while (end < lines.length && isRowLine(lines[end])) {
            List<List<String>> row = new ArrayList<>();
            for (String cell : lines[end].split("\t", -1)) row.add(List.of(cell));
            rows.add(row);
            end++;
        }
        emit(rows, start, end);
        return end;
    }

    /** One cell per tab-indented line; see the class comment for where rows and the table end. */
    private int cellTable(int start) {
        List<List<List<String>>> rows = new ArrayList<>();
        List<List<String>> row = new ArrayList<>();
        List<String> cell = null;
        int j = start;
        while (j < lines.length) {
            String line = lines[j];
            if (isCellLine(line)) {
                if (cell != null) row.add(cell);
                cell = new ArrayList<>(List.of(line.substring(1)));
                j++;
                continue;
            }
            if (blank(line)) {
                int k = j;
                while (k < lines.length && blank(lines[k])) k++;
                if (k - j == 1 && k < lines.length && isCellLine(lines[k])) { // one blank line: the next row
                    row.add(cell);
                    rows.add(row);
                    row = new ArrayList<>();
                    cell = null;
                    j = k;
                    continue;
                }
                int run = k - j == 1 ? continuation(k) : 0;
                if (run == 0) break;
                addText(cell, k, k + run);
                j = k + run;
                continue;
            }
            int run = continuation(j);
            if (run == 0) break;
            addText(cell, j, j + run);
            j += run;
        }
        if (cell != null) row.add(cell);
        if (!row.isEmpty()) rows.add(row);
        emit(mendSplitRows(rows), start, j);
        return j;
    }

    private void addText(List<String> cell, int from, int to) {
        for (int i = from; i < to; i++) if (!blank(lines[i])) cell.add(lines[i]);
    }

    /**
     * The length of a run of short untabbed lines at {@code from}, single blank lines allowed between them
     * ("绩" / "效" / "指" / "标" set vertically in one cell), that a cell line follows; else 0.
     */
    private int continuation(int from) {
        int k = from, pieces = 0;
        while (k < lines.length && pieces < CONTINUATION_MAX_LINES && shortText(lines[k])) {
            pieces++;
            k++;
            if (k + 1 < lines.length && blank(lines[k]) && shortText(lines[k + 1])) k++;
        }
        if (pieces == 0) return 0;
        int next = k < lines.length && blank(lines[k]) ? k + 1 : k;
        return next < lines.length && isCellLine(lines[next]) ? k - from : 0;
    }

    private static boolean shortText(String line) {
        return !blank(line) && line.indexOf('\t') < 0 && line.strip().length() <= CONTINUATION_MAX_CHARS;
    }

    /**
     * A lone cell followed by a row that completes it to the table's usual width is one row whose first
     * cell ended with an empty paragraph, which the flattening cannot tell from a row end.
     */
    private static List<List<List<String>>> mendSplitRows(List<List<List<String>>> rows) {
        Map<Integer, Long> sizes = rows.stream().collect(Collectors.groupingBy(List::size, Collectors.counting()));
        int usual = sizes.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
        List<List<List<String>>> mended = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> row = rows.get(i);
            if (usual > 2 && row.size() == 1 && i + 1 < rows.size() && 1 + rows.get(i + 1).size() == usual) {
                List<List<String>> joined = new ArrayList<>(row);
                joined.addAll(rows.get(++i));
                row = joined;
            }
            mended.add(row);
        }
        return mended;
    }

    private void emit(List<List<List<String>>> rows, int start, int end) {
        Table table = new Table(rows);
        if (table.columns() >= 2) {
            blocks.add(table);
        } else {
            for (int i = start; i < end; i++) blocks.add(blank(lines[i]) ? new Blank() : new Paragraph(lines[i]));
        }
    }

    /** An empty line; "\t" is not one but an empty cell. */
    static boolean blank(String line) { return line.isBlank() && line.indexOf('\t') < 0; }

    /** "\tcell": one leading tab and no other. */
    static boolean isCellLine(String line) { return line.startsWith("\t") && line.indexOf('\t', 1) < 0; }

    /** "a\tb", "\ta\tb", "\t\t\tc": cells separated by tabs (a single trailing tab is just a stray tab). */
    static boolean isRowLine(String line) {
        int tabs = (int) line.chars().filter(c -> c == '\t').count();
        if (tabs >= 2) return true;
        int at = line.indexOf('\t');
        return tabs == 1 && at > 0 && at < line.length() - 1;
    }
}
