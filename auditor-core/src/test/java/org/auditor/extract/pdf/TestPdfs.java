package org.auditor.extract.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Builds small PDFs at test time: text placed at given positions (origin top-left, y = baseline) in a
 * CJK TrueType font (WenQuanYi Micro Hei, Debian package fonts-wqy-microhei), vertical rulings, and
 * scanned pages rasterised from a real report.
 */
final class TestPdfs {
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** A string drawn with its baseline at ({@code x}, {@code y}) from the top left. */
    record Text(float x, float y, float size, String text) {}

    /** A vertical line from {@code top} to {@code bottom} at {@code x}. */
    record Rule(float x, float top, float bottom) {}

    /** One page: its texts and rulings, drawn with the font of index {@code font} (0 or 1). */
    record Page(List<Text> texts, List<Rule> rules, int font) {
        Page(List<Text> texts) { this(texts, List.of(), 0); }
    }

    private TestPdfs() {}

    static void assumeCjkFont() {
        assumeTrue(Files.isRegularFile(CJK_FONT), "needs " + CJK_FONT + " (apt package fonts-wqy-microhei)");
    }

    /** Writes pages of {@code size} to {@code file}; two font instances let a test break one of them. */
    static Path write(Path file, PDRectangle size, List<Page> pages) throws IOException {
        assumeCjkFont();
        try (TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile()); PDDocument doc = new PDDocument()) {
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            PDFont[] fonts = {PDType0Font.load(doc, faces.get(0), true), PDType0Font.load(doc, faces.get(0), true)};
            for (Page p : pages) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                float h = size.getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : p.texts()) {
                        cs.beginText();
                        cs.setFont(fonts[p.font()], t.size());
                        cs.newLineAtOffset(t.x(), h - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                    for (Rule r : p.rules()) {
                        cs.setLineWidth(0.5f);
                        cs.moveTo(r.x(), h - r.top());
                        cs.lineTo(r.x(), h - r.bottom());
                        cs.stroke();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The advance width of {@code text} at {@code size} in the test font, to place runs side by side. */
    static float width(String text, float size) throws IOException {
        assumeCjkFont();
        try (TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile()); PDDocument doc = new PDDocument()) {
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            return PDType0Font.load(doc, faces.get(0), true).getStringWidth(text) / 1000f * size;
        }
    }

    /**
     * A copy of {@code pdf} whose pages are images of the given pages of {@code source} (rendered at
     * {@code dpi} in grey), with no text layer: what a scanner produces. {@code textPages} of {@code
     * pdf}'s own are kept in front.
     */
    static Path scanned(Path source, int[] pages, int dpi, Path out, Path textPagesFrom) throws IOException {
        try (PDDocument src = Loader.loadPDF(source.toFile()); PDDocument doc = textPagesFrom == null ? new PDDocument()
                : Loader.loadPDF(textPagesFrom.toFile())) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int p : pages) {
                BufferedImage image = renderer.renderImageWithDPI(p - 1, dpi, ImageType.GRAY);
                PDRectangle box = src.getPage(p - 1).getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xobject, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }
}
