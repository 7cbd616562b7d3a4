package org.auditor.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.pdf.TestPdfs.Page;
import org.auditor.extract.pdf.TestPdfs.Text;
import org.auditor.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Garbled text layers, encryption, corrupt files. */
class DamagedPdfTest {
    @TempDir Path dir;

    @Test
    void aPageWhoseFontLostItsUnicodeMapIsReportedAsGarbled() throws Exception {
        // pages 1-2 in font 0, page 3 in font 1, whose ToUnicode map is then removed
        Path pdf = threePages(new int[] {0, 0, 1});
        withoutUnicodeMaps(pdf, Set.of(3));
        Document doc = new PdfExtractor().extract(pdf);
        assertThat(doc.warnings()).singleElement().asString()
                .startsWith("text layer is garbled (fonts without a Unicode map) on pages 3");
        assertThat(LayoutTest.texts(doc, 1)).containsExactly("第1页：一般公共预算财政拨款支出合计2940.05万元，占比100.00%。");
    }

    @Test
    void aDocumentMostlyGarbledIsRefused() throws Exception {
        Path pdf = threePages(new int[] {0, 0, 0});
        withoutUnicodeMaps(pdf, Set.of(1, 2, 3));
        assertThatThrownBy(() -> new PdfExtractor().extract(pdf)).isInstanceOf(ExtractionException.class)
                .hasMessage("text layer is garbled (fonts without a Unicode map) on pages 1-3");
    }

    @Test
    void aUserPasswordIsNeeded() throws Exception {
        Path pdf = encrypted("user-secret");
        assertThatThrownBy(() -> new PdfExtractor().extract(pdf)).isInstanceOf(ExtractionException.class)
                .hasMessage("encrypted PDF: a password is required");
    }

    @Test
    void anOwnerPasswordAloneDoesNotStopReading() throws Exception {
        Path pdf = encrypted("");
        byte[] before = Files.readAllBytes(pdf);
        Document doc = new PdfExtractor().extract(pdf);
        assertThat(LayoutTest.texts(doc, 2)).containsExactly("第2页：一般公共预算财政拨款支出合计2940.05万元，占比100.00%。");
        assertThat(Files.readAllBytes(pdf)).as("the input is never written").isEqualTo(before);
    }

    @Test
    void aCorruptFileGivesPdfBoxsReason() throws Exception {
        Path pdf = Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ngarbage\n");
        assertThatThrownBy(() -> new PdfExtractor().extract(pdf)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("corrupt or unreadable PDF: ")
                .hasMessageNotContaining("null");
    }

    @Test
    void aTruncatedReportIsRefusedOrReadAsFarAsItGoes() throws Exception {
        byte[] whole = Files.readAllBytes(RealPdfs.file(RealPdfs.ZHENGFUBAN));
        Path pdf = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 3));
        assertThatThrownBy(() -> new PdfExtractor().extract(pdf)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("corrupt or unreadable PDF: ");
    }

    @Test
    void aPdfWithNothingToReadIsRefused() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> new PdfExtractor().extract(pdf)).isInstanceOf(ExtractionException.class)
                .hasMessage("no text found in the PDF (no page has a text layer or OCR-readable text)");
    }

    private Path threePages(int[] fonts) throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            pages.add(new Page(List.of(new Text(72, 100, 12, "第" + p + "页：一般公共预算财政拨款支出合计2,940.05万元，占比100.00%。")),
                    List.of(), fonts[p - 1]));
        }
        return TestPdfs.write(dir.resolve("garbled.pdf"), PDRectangle.A4, pages);
    }

    /** Removes the ToUnicode maps of the fonts used on {@code pages}, as some producers never write them. */
    private static void withoutUnicodeMaps(Path pdf, Set<Integer> pages) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p : pages) {
                PDPage page = doc.getPage(p - 1);
                for (COSName name : page.getResources().getFontNames()) {
                    page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            doc.save(pdf.toFile());
        }
    }

    private Path encrypted(String userPassword) throws Exception {
        Path plain = threePages(new int[] {0, 0, 0});
        Path out = dir.resolve("encrypted.pdf");
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }
}
