package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan of a seed report (pages 4–5 of 000's PDF rasterised at 300 dpi, no text layer) is either audited
 * through OCR — its findings capped at WARNING, since OCR may misread digits — or, without tesseract,
 * refused with an error that names the packages to install.
 */
class ScannedPdfTest {
    @Test
    void aScannedReportIsOcrAuditedOrGetsAClearError(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("000-scan.pdf");
        try (PDDocument src = Loader.loadPDF(CorpusFiles.dir("pdf").resolve("000_df0ef339e2396859.pdf").toFile()); PDDocument doc = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int p : new int[] {4, 5}) {
                BufferedImage image = renderer.renderImageWithDPI(p - 1, 300, ImageType.GRAY);
                PDRectangle box = src.getPage(p - 1).getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, box.getWidth(), box.getHeight());
                }
            }
            doc.save(scan.toFile());
        }
        FileResult r = Auditor.standard(RuleBase.builtIn()).audit(scan);
        if (!r.ok()) {
            assertThat(r.error()).contains("scanned").contains("tesseract-ocr").contains("tesseract-ocr-chi-sim");
            return;
        }
        // OCR: the seed's faults on these pages (000 E1 SUM-002 on 2842.81, E3 XSEC 3253.16 vs 2988.83) are still
        // found, as warnings; OCR misreads some marks ("1.45%" as "1.459%4"), so not necessarily all of them
        assertThat(r.checks()).isNotEmpty();
        assertThat(r.checks()).allMatch(c -> c.passed() || c.severity() != Severity.ERROR);
        Check known = r.findings().stream().filter(c -> c.statedValues().contains("2842.81")
                || c.statedValues().containsAll(java.util.List.of("3253.16", "2988.83"))).findFirst().orElse(null);
        assertThat(known).as("a known fault among %s", r.findings()).isNotNull();
        assertThat(known.severity()).isEqualTo(Severity.WARNING);
        assertThat(known.involved()).allMatch(q -> q.ocr());
    }
}
