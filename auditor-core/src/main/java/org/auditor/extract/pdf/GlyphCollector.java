package org.auditor.extract.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs PDFBox's text engine over a document and hands every page's glyphs to a consumer, one page at a
 * time, so a long document never holds more than one page of glyphs. PDFBox's own line and word
 * building is bypassed: only its glyph positions (with fake-bold duplicates already suppressed) are used.
 * <p>
 * The text engine ignores paths; this one follows them for two reasons: clipping (spreadsheet exports
 * draw a whole cell on every page it spans and clip it, so text outside the clip is not printed and must
 * not be read twice) and vertical rulings (table cell borders, which separate cells however close).
 */
final class GlyphCollector extends PDFTextStripper {
    private final Consumer<PageText> sink;
    private PDRectangle crop;
    private int rotation;
    private float pageWidth, pageHeight;
    private int shown, unmapped;
    private boolean glyphVisible = true;
    private List<Path2D> clipPaths;
    private int clipPathCount;
    private Rectangle2D clipBounds;
    /** The path under construction in page space (for clipping) and its points in display space (for rulings). */
    private GeneralPath path = new GeneralPath();
    private final List<List<float[]>> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private boolean clipPending;
    private VerticalRules.Builder rules = new VerticalRules.Builder();

    GlyphCollector(Consumer<PageText> sink) {
        this.sink = sink;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
    }

    /** Collects every page of {@code doc}; pages arrive in order at the sink. */
    void collect(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
    }

    @Override protected void startPage(PDPage page) throws IOException {
        // a batch's time limit interrupts the thread; a long document stops at the next page
        if (Thread.currentThread().isInterrupted()) throw new java.io.InterruptedIOException("extraction interrupted");
        crop = page.getCropBox();
        rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean sideways = rotation % 180 != 0;
        pageWidth = sideways ? crop.getHeight() : crop.getWidth();
        pageHeight = sideways ? crop.getWidth() : crop.getHeight();
        shown = 0;
        unmapped = 0;
        rules = new VerticalRules.Builder();
        newPath();
        super.startPage(page);
    }

    @Override protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        Point2D.Float inside = textRenderingMatrix.transformPoint(0.3f, 0.3f);
        glyphVisible = clipBounds().contains(inside.x, inside.y);
        if (!glyphVisible) return;
        shown++;
        // PDFBox drops unmapped glyphs of composite fonts and turns those of simple fonts into their raw code
        if (font.toUnicode(code) == null) unmapped++;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override protected void processTextPosition(TextPosition text) {
        if (glyphVisible) super.processTextPosition(text);
    }

    /** The bounding box of the current clip (the intersection of its paths' boxes), cached per clip. */
    private Rectangle2D clipBounds() {
        List<Path2D> paths = getGraphicsState().getCurrentClippingPaths();
        if (paths != clipPaths || paths.size() != clipPathCount) {
            Rectangle2D r = null;
            for (Path2D p : paths) r = r == null ? p.getBounds2D() : r.createIntersection(p.getBounds2D());
            clipPaths = paths;
            clipPathCount = paths.size();
            clipBounds = r == null ? new Rectangle2D.Float(-1e9f, -1e9f, 2e9f, 2e9f) : r;
        }
        return clipBounds;
    }

    /** Path construction, clipping and painting: the operators the text engine leaves unhandled. */
    @Override protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        String op = operator.getName();
        switch (op) {
            case "re" -> {
                float[] v = numbers(operands, 4);
                if (v == null) return;
                point(v[0], v[1], true);
                point(v[0] + v[2], v[1], false);
                point(v[0] + v[2], v[1] + v[3], false);
                point(v[0], v[1] + v[3], false);
                closeSubpath();
            }
            case "m", "l" -> {
                float[] v = numbers(operands, 2);
                if (v != null) point(v[0], v[1], op.equals("m"));
            }
            case "c", "v", "y" -> { // a curve is no ruling: continue from its end point as from a move
                float[] v = numbers(operands, operands.size());
                if (v != null && v.length >= 2) point(v[v.length - 2], v[v.length - 1], true);
            }
            case "h" -> closeSubpath();
            case "W", "W*" -> clipPending = true;
            case "n" -> endPath(false, false);
            case "S", "s" -> endPath(true, false);
            case "f", "F", "f*" -> endPath(false, true);
            case "B", "B*", "b", "b*" -> endPath(true, true);
            default -> super.unsupportedOperator(operator, operands);
        }
    }

    private void point(float x, float y, boolean move) {
        Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        if (move || path.getCurrentPoint() == null) {
            path.moveTo(p.x, p.y);
            subpaths.add(new ArrayList<>());
            closed.add(false);
        } else {
            path.lineTo(p.x, p.y);
        }
        subpaths.get(subpaths.size() - 1).add(display(p.x, p.y));
    }

    private void closeSubpath() {
        if (path.getCurrentPoint() == null) return;
        path.closePath();
        closed.set(closed.size() - 1, true);
    }

    private void endPath(boolean stroke, boolean fill) {
        if (clipPending && path.getCurrentPoint() != null) getGraphicsState().intersectClippingPath(path);
        clipPending = false;
        for (int s = 0; s < subpaths.size(); s++) {
            List<float[]> pts = subpaths.get(s);
            if (stroke) {
                for (int i = 1; i < pts.size(); i++) rules.segment(pts.get(i - 1)[0], pts.get(i - 1)[1], pts.get(i)[0], pts.get(i)[1]);
                if (closed.get(s) && pts.size() > 2) {
                    float[] a = pts.get(pts.size() - 1), b = pts.get(0);
                    rules.segment(a[0], a[1], b[0], b[1]);
                }
            }
            if (fill && pts.size() > 2) {
                float l = Float.MAX_VALUE, t = Float.MAX_VALUE, r = -Float.MAX_VALUE, b = -Float.MAX_VALUE;
                for (float[] p : pts) {
                    l = Math.min(l, p[0]);
                    r = Math.max(r, p[0]);
                    t = Math.min(t, p[1]);
                    b = Math.max(b, p[1]);
                }
                rules.filled(l, t, r, b);
            }
        }
        newPath();
    }

    private void newPath() {
        path = new GeneralPath();
        subpaths.clear();
        closed.clear();
    }

    /** A page-space point in display space: origin at the top left of the page as shown, rotation applied. */
    private float[] display(float x, float y) {
        float llx = crop.getLowerLeftX(), lly = crop.getLowerLeftY(), urx = crop.getUpperRightX(), ury = crop.getUpperRightY();
        return switch (rotation) {
            case 90 -> new float[] {y - lly, x - llx};
            case 180 -> new float[] {urx - x, y - lly};
            case 270 -> new float[] {ury - y, urx - x};
            default -> new float[] {x - llx, ury - y};
        };
    }

    private static float[] numbers(List<COSBase> operands, int n) {
        if (operands.size() < n) return null;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            if (!(operands.get(i) instanceof COSNumber num)) return null;
            v[i] = num.floatValue();
        }
        return v;
    }

    @Override protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String text = visible(t.getUnicode());
                if (text.isEmpty()) continue;
                // page-rotation-adjusted coordinates put upright and sideways text alike in display space
                float em = Math.max(1f, Math.abs(t.getYScale()));
                glyphs.add(new Glyph(text, t.getX(), Math.max(0f, t.getWidth()), t.getY(), em));
            }
        }
        sink.accept(new PageText(getCurrentPageNo(), pageWidth, pageHeight, glyphs, rules.build(), shown, unmapped));
    }

    /** The glyph's text without whitespace; control characters (debris of broken fonts) become U+FFFD. */
    private static String visible(String unicode) {
        if (unicode == null) return "";
        if (unicode.length() == 1) { // nearly every glyph: itself, without a copy
            char c = unicode.charAt(0);
            if (c >= 0x20 && c != 0x7f && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) return unicode;
        }
        StringBuilder sb = new StringBuilder(unicode.length());
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            sb.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
        }
        return sb.toString();
    }
}
