package org.auditor.corpus.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.auditor.corpus.tools.SeedLayout.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes every seed text as the Word document it was extracted from, as near as the text allows: A4,
 * running header with the entity, footer "第 N 页", Noto CJK fonts, Markdown headings and bold as
 * formatting, bookmark debris as real bookmarks, flattened tables rebuilt as ruled tables
 * ({@link SeedLayout}). All text of the seed lands in the document, so its numbers are the seed's numbers.
 * Output is byte-reproducible (fixed dates and zip times). Run through {@code corpus/tools/make-formats.sh}.
 *
 * <p>Usage: {@code SeedToDocx <seeds dir> <docx dir>}
 */
public final class SeedToDocx {
    /** The entity of each seed, from shared/seeds/README.md: the running header of its pages. */
    private static final Map<String, String> ENTITIES = Map.of(
            "000_df0ef339e2396859", "益阳市人民政府办公室(本级)",
            "001_954e3ea0abc2fe0e", "益阳市赫山区人民政府办公室",
            "002_7daf7e59afd9bf54", "益阳市人民政府办公室",
            "003_d43bba9ed6edf45c", "常德市人民政府办公室",
            "004_c24299cd82a026c1", "峨眉山市人民政府办公室");

    private static final String BODY_FONT = "Noto Serif CJK SC";
    private static final String HEADING_FONT = "Noto Sans CJK SC";
    private static final double BODY_PT = 12;   // 小四
    private static final double TABLE_PT = 10.5; // 五号
    private static final double[] HEADING_PT = {18, 16, 15, 14, 12, 12};
    /** A4 in twips, with the margins Chinese Word templates use (2.54 cm top/bottom, 3.17 cm sides). */
    private static final int PAGE_W = 11906, PAGE_H = 16838, MARGIN_TB = 1440, MARGIN_LR = 1800;
    private static final int TEXT_W = PAGE_W - 2 * MARGIN_LR;
    private static final long FIXED_TIME = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: ([^\\]]*)\\]");
    /** Runs a line must not break inside: numbers with their signs, separators and percent signs. */
    private static final Pattern UNBREAKABLE = Pattern.compile("[-+=≥≤<>]?[\\d.,]+%?");
    /** A digit of the table font (10.5 pt, digits half an em wide) in twips, with some room to spare. */
    private static final int DIGIT_TWIPS = 115;
    private static final int CELL_PADDING_TWIPS = 260;
    private static final Pattern NUMBER_CELL = Pattern.compile("[-+]?[\\d,]+(\\.\\d+)?%?");

    private final XWPFDocument doc = new XWPFDocument();
    private int bookmarkIds;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SeedToDocx <seeds dir> <docx dir>");
            System.exit(2);
        }
        Path seeds = Path.of(args[0]), out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) { files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList(); }
        for (Path seed : files) {
            String base = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Path docx = out.resolve(base + ".docx");
            write(Files.readString(seed, StandardCharsets.UTF_8), entity(base), docx);
            System.out.println(docx + " " + Files.size(docx) + " bytes");
        }
    }

    /** The running header of a seed's pages. */
    static String entity(String seed) {
        String entity = ENTITIES.get(seed);
        if (entity == null) throw new IllegalArgumentException("no entity for " + seed + ": add it to ENTITIES");
        return entity;
    }

    static void write(String seedText, String entity, Path target) throws IOException {
        SeedToDocx w = new SeedToDocx();
        w.page(entity);
        for (Block b : SeedLayout.of(seedText)) w.block(b);
        w.doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(FIXED_TIME)));
        w.doc.getProperties().getCoreProperties().setCreator("auditor corpus/tools/make-formats.sh");
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) { w.doc.write(out); }
        w.doc.close();
        repackWithFixedTimes(tmp, target);
        Files.delete(tmp);
    }

    private void page(String entity) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TB));
        mar.setBottom(BigInteger.valueOf(MARGIN_TB));
        mar.setLeft(BigInteger.valueOf(MARGIN_LR));
        mar.setRight(BigInteger.valueOf(MARGIN_LR));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));

        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setAlignment(ParagraphAlignment.CENTER);
        header.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        font(header.createRun(), BODY_FONT, 9, false).setText(entity);

        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        font(footer.createRun(), BODY_FONT, 9, false).setText("第 ");
        CTSimpleField field = footer.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        var fieldRun = field.addNewR();
        fieldRun.addNewT().setStringValue("1");
        font(footer.createRun(), BODY_FONT, 9, false).setText(" 页");
    }

    private void block(Block block) {
        if (block instanceof SeedLayout.Paragraph p) paragraph(p.text());
        else if (block instanceof SeedLayout.Table t) table(t);
        else if (block instanceof SeedLayout.PageBreak) doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        else doc.createParagraph(); // a blank line
    }

    private void paragraph(String line) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(1.25);
        Matcher h = HEADING.matcher(line);
        if (h.matches()) {
            int level = h.group(1).length();
            p.setSpacingBefore(120);
            p.setSpacingAfter(60);
            p.setAlignment(level == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setKeepNext(true);
            text(p, h.group(2), HEADING_FONT, HEADING_PT[level - 1], true);
        } else {
            text(p, line, BODY_FONT, BODY_PT, false);
        }
    }

    /** Runs for one line: {@code **…**} turns bold on and off, bookmark debris becomes a real bookmark. */
    private void text(XWPFParagraph p, String line, String fontName, double size, boolean bold) {
        String[] parts = line.split("\\*\\*", -1);
        boolean balanced = parts.length % 2 == 1;
        if (!balanced) parts = new String[] {line};
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean on = bold || (balanced && i % 2 == 1);
            Matcher m = BOOKMARK.matcher(part);
            int from = 0;
            while (m.find()) {
                run(p, part.substring(from, m.start()), fontName, size, on);
                bookmark(p, m.group(1));
                from = m.end();
            }
            run(p, part.substring(from), fontName, size, on);
        }
    }

    private static void run(XWPFParagraph p, String s, String fontName, double size, boolean bold) {
        if (s.isEmpty()) return;
        font(p.createRun(), fontName, size, bold).setText(s);
    }

    private void bookmark(XWPFParagraph p, String name) {
        BigInteger id = BigInteger.valueOf(bookmarkIds++);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
        end.setId(id);
    }

    private static XWPFRun font(XWPFRun r, String name, double size, boolean bold) {
        r.setFontFamily(name);
        r.setFontFamily(name, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private void table(SeedLayout.Table t) {
        int columns = t.columns();
        int[] widths = columnWidths(t, columns);
        XWPFTable table = doc.createTable(t.rows().size(), columns);
        table.setWidth(TEXT_W);
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        var border = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(border, 4, 0, "000000");
        table.setBottomBorder(border, 4, 0, "000000");
        table.setLeftBorder(border, 4, 0, "000000");
        table.setRightBorder(border, 4, 0, "000000");
        table.setInsideHBorder(border, 4, 0, "000000");
        table.setInsideVBorder(border, 4, 0, "000000");
        table.setCellMargins(30, 80, 30, 80);
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<String>> cells = t.rows().get(r);
            XWPFTableRow row = table.getRow(r);
            // no repeated header rows: the parity test counts every printed number, and a header row that
            // repeats on each page would print its years again
            row.setCantSplitRow(true);
            // a short row spans its last cell over the rest: the flattened text lost which cells were merged
            for (int c = columns - 1; c >= cells.size(); c--) row.removeCell(c);
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                int span = c == cells.size() - 1 ? columns - c : 1;
                int width = 0;
                for (int k = c; k < c + span; k++) width += widths[k];
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                cell.setWidth(String.valueOf(width));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                fill(cell, cells.get(c), r == 0);
            }
        }
        doc.createParagraph(); // Word needs a paragraph between two tables, or it merges them
    }

    private void fill(XWPFTableCell cell, List<String> paragraphs, boolean headerRow) {
        List<String> texts = paragraphs.stream().filter(s -> !s.isBlank()).toList();
        if (texts.isEmpty()) texts = List.of("");
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            String s = texts.get(i);
            boolean number = NUMBER_CELL.matcher(s.strip()).matches();
            p.setAlignment(headerRow ? ParagraphAlignment.CENTER : number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            text(p, s, BODY_FONT, TABLE_PT, headerRow);
        }
    }

    /**
     * Widths that never break a number (a wrapped "2331.68" would read as 2331.6 and 8), the rest shared by
     * how much each column holds, capped so one long text column does not squeeze the others.
     */
    private static int[] columnWidths(SeedLayout.Table t, int columns) {
        double[] weight = new double[columns];
        int[] min = new int[columns];
        for (List<List<String>> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (c == row.size() - 1 && row.size() < columns) continue; // a spanning cell says nothing of one column
                String text = String.join("", row.get(c)).strip();
                weight[c] = Math.max(weight[c], Math.min(text.length(), 24));
                Matcher m = UNBREAKABLE.matcher(text);
                while (m.find()) min[c] = Math.max(min[c], m.group().length() * DIGIT_TWIPS + CELL_PADDING_TWIPS);
            }
        }
        int fixed = 0;
        double total = 0;
        for (int c = 0; c < columns; c++) {
            fixed += min[c];
            total += weight[c] = Math.max(weight[c], 4) + 2;
        }
        int spare = Math.max(0, TEXT_W - fixed);
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) used += widths[c] = min[c] + (int) (spare * weight[c] / total);
        widths[columns - 1] += TEXT_W - used;
        return widths;
    }

    /** The same entries in the same order, stamped with one fixed time, so a rerun changes no byte. */
    private static void repackWithFixedTimes(Path from, Path to) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            List<? extends ZipEntry> entries = new ArrayList<>(Collections.list(in.entries()));
            for (ZipEntry e : entries) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) { data.transferTo(out); }
                out.closeEntry();
            }
        }
    }
}
