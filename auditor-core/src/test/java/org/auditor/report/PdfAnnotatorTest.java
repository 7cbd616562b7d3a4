package org.auditor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Printed;
import org.auditor.model.Quantity;
import org.auditor.model.QuantityKind;
import org.auditor.model.ReportKind;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfAnnotatorTest {
    static final String LINE1 = "2019年度一般公共服务（类）支出2842.81万元，占87.39%；";
    static final String LINE2 = "行政运行（项）财政拨款支出决算为2146.85万元。";
    static final Path PNG_DIR = Path.of("target", "pdf-annotator");

    @TempDir Path dir;

    @BeforeAll
    static void needsACjkFont() {
        assumeTrue(TestPdfs.cjkFont() != null, "no TrueType CJK font: apt-get install fonts-wqy-microhei");
    }

    /** A two-line A4 page, rotated and cropped as asked; text reads upright either way. */
    private Path samplePdf(int rotation, PDRectangle crop) throws IOException {
        Path pdf = dir.resolve("sample-" + rotation + (crop == null ? "" : "-cropped") + ".pdf");
        // user-space origins that keep the upright text inside the page for every rotation
        float[] at = switch (rotation) {
            case 90 -> new float[] {300, 120, 280, 120};
            case 180 -> new float[] {520, 500, 520, 480};
            case 270 -> new float[] {300, 720, 320, 720};
            default -> new float[] {72, 700, 72, 680};
        };
        TestPdfs.write(pdf, rotation, crop, List.of(List.of(new TestPdfs.Text(LINE1, at[0], at[1], 12),
                new TestPdfs.Text(LINE2, at[2], at[3], 12))));
        return pdf;
    }

    private static Quantity number(Path pdf, PDDocument doc, String text, int line, String snippet) throws IOException {
        TestPdfs.Hit hit = TestPdfs.find(doc, text).get(0);
        Location loc = new Location(pdf.toString(), hit.page(), line, snippet.indexOf(text), text.length(), snippet, "一、支出", hit.box());
        return new Quantity("q" + line, Printed.of(text), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "支出", null, loc, false);
    }

    private static Check check(String rule, Severity s, boolean passed, String message, List<Quantity> qs) {
        return new Check(rule, rule.substring(0, rule.indexOf('-')), s, passed, "2146.85 = 2842.81", message, qs,
                new BigDecimal("2146.85"), new BigDecimal("695.96"), null);
    }

    private static FileResult result(Path pdf, List<Check> checks) {
        return new FileResult(pdf.toString(), "ok", null, ReportKind.FINAL_ACCOUNTS, "单位", 2019, 1, checks);
    }

    @Test
    void annotatesACopyAndLeavesTheInputByteForByteAlone() throws Exception {
        Path pdf = samplePdf(0, null);
        Files.setLastModifiedTime(pdf, FileTime.fromMillis(1_600_000_000_000L));
        byte[] before = Files.readAllBytes(pdf);
        FileResult result;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Quantity total = number(pdf, doc, "2842.81", 1, LINE1), part = number(pdf, doc, "2146.85", 2, LINE2);
            Quantity share = number(pdf, doc, "87.39", 1, LINE1);
            Quantity textOnly = new Quantity("t", Printed.of("3.5"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "x", null,
                    new Location(pdf.toString(), 0, 9, 0, 3, "3.5万元", "", null), false);
            result = result(pdf, List.of(
                    check("SUM-002", Severity.ERROR, false, "一般公共服务（类）支出 2842.81万元与其明细合计 2146.85万元不符", List.of(total, part)),
                    check("SHARE-002", Severity.WARNING, false, "各项占比合计不等于 100%", List.of(share))
                            .withDiagnosis(new Diagnosis(Diagnosis.Kind.TRANSPOSITION, "87.39% 疑为 83.79% 之误", share, "83.79%", List.of(share), 0.8)),
                    check("YOY-001", Severity.ERROR, true, "passed checks are not marked", List.of(part)),
                    check("XSEC-001", Severity.ERROR, false, "no position to mark", List.of(textOnly))));
        }
        Path out = dir.resolve("annotated");
        PdfAnnotator.Annotated a = new PdfAnnotator().annotate(pdf, result, out).orElseThrow();

        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        assertThat(sha256(pdf)).isEqualTo(sha256(before));
        assertThat(Files.getLastModifiedTime(pdf).toMillis()).isEqualTo(1_600_000_000_000L);
        assertThat(a.output()).isEqualTo(PdfAnnotator.annotatedPath(out, pdf.toString())).exists();
        assertThat(a.highlights()).isEqualTo(2);
        assertThat(a.findingsWithoutPosition()).isEqualTo(1);
        assertThat(Files.list(out).toList()).containsExactly(a.output()); // no temporary file left behind
        // an incremental update: the copy begins with the original, byte for byte
        byte[] copy = Files.readAllBytes(a.output());
        assertThat(copy.length).isGreaterThan(before.length);
        assertThat(java.util.Arrays.copyOf(copy, before.length)).isEqualTo(before);

        try (PDDocument doc = Loader.loadPDF(a.output().toFile())) {
            List<PDAnnotation> annots = doc.getPage(0).getAnnotations();
            List<PDAnnotationHighlight> highlights = annots.stream().filter(PDAnnotationHighlight.class::isInstance)
                    .map(PDAnnotationHighlight.class::cast).toList();
            assertThat(highlights).hasSize(2);
            assertThat(annots.stream().filter(PDAnnotationPopup.class::isInstance)).hasSize(2);
            PDAnnotationHighlight sum = highlights.get(0);
            assertThat(sum.getContents()).isEqualTo("[ERROR] SUM-002 一般公共服务（类）支出 2842.81万元与其明细合计 2146.85万元不符\n2146.85 = 2842.81");
            assertThat(sum.getSubject()).isEqualTo("SUM-002");
            assertThat(sum.getTitlePopup()).isEqualTo("auditor");
            assertThat(sum.getQuadPoints()).hasSize(16); // both numbers of the finding
            assertThat(sum.getPopup()).isNotNull();
            assertThat(sum.getColor().getComponents()[0]).isEqualTo(1f);
            assertThat(sum.getNormalAppearanceStream()).isNotNull();
            assertThat(highlights.get(1).getContents()).startsWith("[WARNING] SHARE-002")
                    .endsWith("\n可能原因：[数字颠倒] 87.39% 疑为 83.79% 之误");
            assertThat(highlights.get(1).getQuadPoints()).hasSize(8);
        }
    }

    /** Rotated and cropped pages: the highlight must land on the printed number as the page is displayed. */
    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void highlightsTheNumberWhereItIsPrinted(int rotation) throws Exception {
        for (PDRectangle crop : new PDRectangle[] {null, new PDRectangle(30, 40, 500, 760)}) {
            Path pdf = samplePdf(rotation, crop);
            FileResult result;
            Location.Box box;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                Quantity total = number(pdf, doc, "2842.81", 1, LINE1);
                box = total.location().box();
                result = result(pdf, List.of(check("SUM-002", Severity.ERROR, false, "合计不符", List.of(total))));
            }
            Path out = new PdfAnnotator().annotate(pdf, result, dir.resolve("out")).orElseThrow().output();
            BufferedImage before = render(pdf), after = render(out);
            String name = "rotation-" + rotation + (crop == null ? "" : "-cropped") + ".png";
            Files.createDirectories(PNG_DIR);
            ImageIO.write(after, "png", PNG_DIR.resolve(name).toFile());

            assertThat(darkShare(before, box)).as("the extractor's box holds the glyphs " + name).isGreaterThan(0.05);
            assertThat(tintedShare(before, box)).isZero();
            assertThat(tintedShare(after, box)).as("highlight over the number " + name).isGreaterThan(0.3);
            // the highlight's rounded ends reach a quarter of its height beyond the box, by design
            int ends = (int) Math.ceil(box.height() * SCALE / 4) + 2;
            assertThat(tintedOutside(after, box, ends)).as("nothing tinted elsewhere " + name).isZero();
        }
    }

    @Test
    void aFindingOnTwoPagesGetsAHighlightOnEach() throws Exception {
        Path pdf = dir.resolve("two-pages.pdf");
        TestPdfs.write(pdf, 0, null, List.of(List.of(new TestPdfs.Text(LINE1, 72, 700, 12)), List.of(new TestPdfs.Text(LINE2, 72, 500, 12))));
        FileResult result;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Quantity total = number(pdf, doc, "2842.81", 1, LINE1), part = number(pdf, doc, "2146.85", 1, LINE2);
            assertThat(part.location().page()).isEqualTo(2);
            result = result(pdf, List.of(check("SUM-002", Severity.ERROR, false, "合计不符", List.of(total, part))));
        }
        PdfAnnotator.Annotated a = new PdfAnnotator().annotate(pdf, result, dir).orElseThrow();
        assertThat(a.highlights()).isEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(a.output().toFile())) {
            for (int p = 0; p < 2; p++)
                assertThat(doc.getPage(p).getAnnotations().stream().filter(PDAnnotationHighlight.class::isInstance)).hasSize(1);
        }
        // annotating again replaces the copy instead of stacking highlights
        new PdfAnnotator().annotate(pdf, result, dir).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(a.output().toFile())) {
            assertThat(doc.getPage(0).getAnnotations().stream().filter(PDAnnotationHighlight.class::isInstance)).hasSize(1);
        }
    }

    @Test
    void writesNothingWhenNoFindingHasAPosition() throws Exception {
        Path out = dir.resolve("never-created");
        Optional<PdfAnnotator.Annotated> none = new PdfAnnotator().annotate(dir.resolve("absent.pdf"), Samples.seedResult(), out);
        assertThat(none).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void copiesOfSameNamedInputsInDifferentFoldersDoNotCollide() {
        String a = PdfAnnotator.annotatedFileName("2024/财政局/部门决算.pdf");
        String b = PdfAnnotator.annotatedFileName("2024/商务委/部门决算.pdf");
        assertThat(a).startsWith("部门决算-").endsWith(".annotated.pdf").isNotEqualTo(b);
        assertThat(PdfAnnotator.annotatedFileName("2024/财政局/部门决算.pdf")).isEqualTo(a);
    }

    /** A real published report: mark 2106.66 where PDFBox finds it and check the page and the input. */
    @Test
    void annotatesARealReport() throws Exception {
        Path shared = Samples.sharedReal();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("putuo-caizhengju-2024-juesuan.pdf")), "../shared/real absent");
        Path pdf = shared.resolve("putuo-caizhengju-2024-juesuan.pdf");
        String hashBefore = sha256(pdf);
        List<Quantity> qs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<TestPdfs.Hit> hits = TestPdfs.find(doc, "2106.66");
            assertThat(hits).isNotEmpty();
            TestPdfs.Hit hit = hits.get(0);
            qs.add(new Quantity("q1", Printed.of("2106.66"), QuantityKind.AMOUNT, MoneyUnit.WAN_YUAN, "万元", "支出", null,
                    new Location(pdf.toString(), hit.page(), 1, 0, 7, "2106.66", "", hit.box()), false));
        }
        FileResult result = new FileResult(pdf.toString(), "ok", null, ReportKind.FINAL_ACCOUNTS, "上海市普陀区财政局", 2024, 25,
                List.of(check("XSEC-001", Severity.ERROR, false, "前后不一致", qs)));
        long t0 = System.nanoTime();
        PdfAnnotator.Annotated a = new PdfAnnotator().annotate(pdf, result, dir).orElseThrow();
        System.out.printf("annotate real 25-page PDF: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(sha256(pdf)).isEqualTo(hashBefore);
        int page = qs.get(0).location().page();
        Location.Box box = qs.get(0).location().box();
        try (PDDocument doc = Loader.loadPDF(a.output().toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(25);
            BufferedImage img = new PDFRenderer(doc).renderImage(page - 1, SCALE);
            Files.createDirectories(PNG_DIR);
            ImageIO.write(img, "png", PNG_DIR.resolve("real-p" + page + ".png").toFile());
            assertThat(tintedShare(img, box)).isGreaterThan(0.3);
        }
    }

    // ---- rendering helpers: page pixels at SCALE × 72 dpi, display space = image space / SCALE

    static final float SCALE = 2f;

    private static BufferedImage render(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImage(0, SCALE);
        }
    }

    /** The ERROR highlight's red over white paper (multiply, 45 %), not black text and not white. */
    private static boolean tinted(int rgb) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        return r > 220 && g > 110 && g < 215 && b > 110 && b < 215 && Math.abs(g - b) < 30;
    }

    private static boolean dark(int rgb) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        return r + g + b < 300;
    }

    private static int[] pixels(BufferedImage img, Location.Box b, int margin) {
        return new int[] {Math.max(0, (int) (b.x() * SCALE) - margin), Math.max(0, (int) (b.y() * SCALE) - margin),
                Math.min(img.getWidth(), (int) ((b.x() + b.width()) * SCALE) + margin),
                Math.min(img.getHeight(), (int) ((b.y() + b.height()) * SCALE) + margin)};
    }

    private static double share(BufferedImage img, Location.Box b, java.util.function.IntPredicate p) {
        int[] r = pixels(img, b, 0);
        int n = 0, all = 0;
        for (int y = r[1]; y < r[3]; y++)
            for (int x = r[0]; x < r[2]; x++) {
                all++;
                if (p.test(img.getRGB(x, y))) n++;
            }
        return all == 0 ? 0 : (double) n / all;
    }

    private static double tintedShare(BufferedImage img, Location.Box b) { return share(img, b, PdfAnnotatorTest::tinted); }

    private static double darkShare(BufferedImage img, Location.Box b) { return share(img, b, PdfAnnotatorTest::dark); }

    private static int tintedOutside(BufferedImage img, Location.Box b, int margin) {
        int[] r = pixels(img, b, margin);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++)
                if ((x < r[0] || x >= r[2] || y < r[1] || y >= r[3]) && tinted(img.getRGB(x, y))) n++;
        return n;
    }

    private static String sha256(Path p) throws Exception { return sha256(Files.readAllBytes(p)); }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
