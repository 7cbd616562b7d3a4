package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.pdf.TestPdfs.Page;
import org.auditor.extract.pdf.TestPdfs.Text;
import org.auditor.model.Document;
import org.auditor.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned pages, made at test time by rasterising page 21 of the 财政局 report (its narrative of the
 * financial-allocation totals) into an image-only PDF.
 */
class ScannedPdfTest {
    /** An OCR command that does not exist: the machine without tesseract. */
    private static final String NO_OCR = "auditor-test-no-such-tesseract";
    private static final int NARRATIVE_PAGE = 21;

    @TempDir Path dir;

    @Test
    void aScanWithoutOcrIsRefusedWithWhatToInstall() throws Exception {
        Path scan = TestPdfs.scanned(RealPdfs.file(RealPdfs.CAIZHENGJU), new int[] {NARRATIVE_PAGE}, 72, dir.resolve("scan.pdf"), null);
        assertThatThrownBy(() -> new PdfExtractor(NO_OCR).extract(scan)).isInstanceOf(ExtractionException.class)
                .hasMessage("scanned PDF without a text layer: install tesseract-ocr and tesseract-ocr-chi-sim to OCR it");
    }

    @Test
    void aMixedDocumentWithoutOcrKeepsItsTextPagesAndNamesTheScannedOnes() throws Exception {
        Path text = TestPdfs.write(dir.resolve("text.pdf"), PDRectangle.A4,
                List.of(new Page(List.of(new Text(72, 100, 12, "第一页是文字：本年收入合计2946.25万元，本年支出合计2940.05万元。")))));
        Path mixed = TestPdfs.scanned(RealPdfs.file(RealPdfs.CAIZHENGJU), new int[] {NARRATIVE_PAGE}, 72, dir.resolve("mixed.pdf"), text);
        Document doc = new PdfExtractor(NO_OCR).extract(mixed);
        assertThat(doc.pages()).isEqualTo(2);
        assertThat(doc.warnings()).containsExactly("scanned pages without a text layer were not read "
                + "(install tesseract-ocr and tesseract-ocr-chi-sim to OCR it): pages 2");
        assertThat(doc.lines()).extracting(TextLine::text).containsExactly("第一页是文字：本年收入合计2946.25万元，本年支出合计2940.05万元。");
    }

    @Test
    void scannedPagesAreReadByOcrWhenTesseractIsInstalled() throws Exception {
        assumeTrue(new TesseractOcr("tesseract").available(), "tesseract with chi_sim is not installed");
        Path scan = TestPdfs.scanned(RealPdfs.file(RealPdfs.CAIZHENGJU), new int[] {NARRATIVE_PAGE}, 300, dir.resolve("scan.pdf"), null);
        Document doc = new PdfExtractor().extract(scan);
        assertThat(doc.warnings()).singleElement().asString().startsWith("OCR used on pages 1");
        assertThat(doc.lines()).isNotEmpty().allMatch(TextLine::ocr).allMatch(l -> l.page() == 1);
        // the amounts of the narrative, as printed on the page (tesseract reads FangSong's "%" unreliably,
        // e.g. "71.739%", which is why the warning asks for a check against the page)
        TextLine share = RealPdfs.find(doc, "2106.66万元");
        assertThat(share).as("OCR text: %s", doc.lines()).isNotNull();
        assertThat(share.text()).contains("71.73");
        assertThat(RealPdfs.find(doc, "收入支出总计0.3万元")).isNotNull();
        assertThat(RealPdfs.find(doc, "财政拨款收入2940.05万元")).isNotNull();
        // boxes in PDF units: the line lies in the lower part of the A4 page, as on the original
        assertThat(share.box().y()).isBetween(600f, 680f);
        assertThat(share.xs()).hasSize(share.text().length());
    }
}
