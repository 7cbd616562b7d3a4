package org.auditor.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.auditor.model.Location;

/** Small CJK PDFs made at test time, and a finder that places text the way the PDF extractor does. */
final class TestPdfs {
    private TestPdfs() {}

    /** A TrueType-outline CJK font (PDFBox cannot embed the CFF-based Noto CJK), or null when none is installed. */
    static Path cjkFont() {
        for (String p : List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                "/usr/share/fonts/truetype/arphic/uming.ttc", "C:/Windows/Fonts/simhei.ttf", "/System/Library/Fonts/STHeiti Light.ttc")) {
            if (Files.isRegularFile(Path.of(p))) return Path.of(p);
        }
        return null;
    }

    /** A line of text drawn upright as displayed, starting at user-space {@code (x, y)}. */
    record Text(String text, float x, float y, float size) {}

    /**
     * Writes a PDF with one page per entry of {@code pages}; {@code rotation} is applied to every page and
     * the text is turned against it so that it reads upright on screen, as scanners and report generators
     * do with landscape tables.
     */
    static void write(Path out, int rotation, PDRectangle cropBox, List<List<Text>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(cjkFont().toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> { if (first[0] == null) first[0] = f; });
            TrueTypeFont ttf = first[0];
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            for (List<Text> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setRotation(rotation);
                if (cropBox != null) page.setCropBox(cropBox);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : lines) {
                        cs.beginText();
                        cs.setFont(font, t.size());
                        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(rotation), t.x(), t.y()));
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            doc.save(out.toFile());
        }
    }

    /** Where a string was printed: its page (1-based) and box in display space, top-left origin. */
    record Hit(int page, Location.Box box) {}

    /**
     * Every occurrence of {@code needle}, boxed from PDFBox's page-rotation-adjusted glyph positions
     * (getX, getY at the baseline, the font size as height above it), as the PDF extractor boxes lines.
     */
    static List<Hit> find(PDDocument doc, String needle) throws IOException {
        List<Hit> hits = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            final List<TextPosition> glyphs = new ArrayList<>();
            final StringBuilder text = new StringBuilder();
            final List<Integer> owner = new ArrayList<>();

            @Override protected void startPage(PDPage page) throws IOException {
                glyphs.clear();
                text.setLength(0);
                owner.clear();
                super.startPage(page);
            }

            @Override protected void writeString(String s, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                    for (int k = 0; k < t.getUnicode().length(); k++) owner.add(glyphs.size());
                    text.append(t.getUnicode());
                    glyphs.add(t);
                }
            }

            @Override protected void endPage(PDPage page) throws IOException {
                for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
                    TextPosition first = glyphs.get(owner.get(i)), last = glyphs.get(owner.get(i + needle.length() - 1));
                    float em = Math.abs(first.getYScale());
                    float right = last.getX() + last.getWidth();
                    hits.add(new Hit(getCurrentPageNo(), new Location.Box(first.getX(), first.getY() - em * 0.85f,
                            right - first.getX(), em * 1.1f)));
                }
                super.endPage(page);
            }
        };
        stripper.setSortByPosition(true);
        stripper.writeText(doc, Writer.nullWriter());
        return hits;
    }
}
