package org.auditor.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** How much of a page its images cover: a scanned page is one image (or a few strips) over the whole page. */
final class ImageCoverage extends PDFGraphicsStreamEngine {
    private double imageArea;

    private ImageCoverage(PDPage page) { super(page); }

    /** The share of the page's area covered by images, 0 to 1 (overlaps counted once per image). */
    static double of(PDPage page) throws IOException {
        ImageCoverage probe = new ImageCoverage(page);
        probe.processPage(page);
        PDRectangle box = page.getCropBox();
        double pageArea = (double) box.getWidth() * box.getHeight();
        return pageArea <= 0 ? 0 : Math.min(1.0, probe.imageArea / pageArea);
    }

    @Override public void drawImage(PDImage image) {
        // an image fills the unit square of the current transformation: its area is the matrix's determinant
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs((double) ctm.getScaleX() * ctm.getScaleY() - (double) ctm.getShearX() * ctm.getShearY());
    }

    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}
    @Override public void clip(int windingRule) {}
    @Override public void moveTo(float x, float y) {}
    @Override public void lineTo(float x, float y) {}
    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
    @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
    @Override public void closePath() {}
    @Override public void endPath() {}
    @Override public void strokePath() {}
    @Override public void fillPath(int windingRule) {}
    @Override public void fillAndStrokePath(int windingRule) {}
    @Override public void shadingFill(COSName shadingName) {}
}
