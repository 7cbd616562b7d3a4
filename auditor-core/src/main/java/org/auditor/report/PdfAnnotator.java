package org.auditor.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Quantity;
import org.auditor.model.Severity;

/**
 * Writes a copy of an audited PDF with every number involved in a finding highlighted, the finding's
 * rule and message in the highlight's note (shown as a popup by PDF viewers). One highlight per finding
 * and page, covering all its numbers on that page.
 *
 * <p>Coordinates: a {@link Location.Box} is in the page as displayed — origin at the top-left corner of
 * the crop box after the page's /Rotate is applied, y growing downwards, PDF units — which is what
 * PDFBox's {@code TextPosition.getX()/getY()} report. PDF annotations live in the unrotated user space
 * with the origin bottom-left, hence {@link #toUserSpace}.
 *
 * <p>The input is opened read-only and never written. The copy is an incremental update (the input's
 * bytes followed by the annotations), so it stays faithful to the original and existing signatures stay
 * verifiable; encrypted inputs are rewritten whole without their encryption instead.
 */
public final class PdfAnnotator {
    private static final String AUTHOR = "auditor";

    /** What was written: the copy, how many highlights, and how many findings had no position to mark. */
    public record Annotated(Path output, int highlights, int findingsWithoutPosition) {}

    /**
     * The name of the annotated copy of {@code inputPath}: its name without extension, a short hash of its
     * absolute path (two inputs called 部门决算.pdf in different folders must not overwrite each other's
     * copy), and ".annotated.pdf".
     */
    public static String annotatedFileName(String inputPath) {
        Path p = Path.of(inputPath);
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + "-" + shortHash(p.toAbsolutePath().normalize().toString()) + ".annotated.pdf";
    }

    public static Path annotatedPath(Path dir, String inputPath) { return dir.resolve(annotatedFileName(inputPath)); }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Annotates the findings of {@code result} on a copy of {@code input} in {@code outDir}. Returns
     * empty, writing nothing, when no finding has a position on a page (text formats, files without
     * findings).
     */
    public Optional<Annotated> annotate(Path input, FileResult result, Path outDir) throws IOException {
        List<Check> findings = result.findings();
        long placeable = findings.stream().filter(PdfAnnotator::hasBox).count();
        if (placeable == 0) return Optional.empty();
        Path target = annotatedPath(outDir, result.path());
        if (Files.exists(target) && Files.isSameFile(target, input))
            throw new IllegalArgumentException("the annotated copy would overwrite its input: " + input);
        Files.createDirectories(outDir);

        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(input), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            int highlights = 0, unplaced = 0, n = doc.getNumberOfPages();
            Set<COSDictionary> changed = new HashSet<>();
            for (Check c : findings) {
                Map<Integer, List<Location.Box>> boxes = boxesByPage(c, n);
                if (boxes.isEmpty()) { unplaced++; continue; }
                for (var e : boxes.entrySet()) {
                    PDPage page = doc.getPage(e.getKey() - 1);
                    highlight(doc, page, c, e.getValue(), ++highlights);
                    changed.add(page.getCOSObject());
                }
            }
            Path tmp = Files.createTempFile(outDir, ".annotating-", ".pdf");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    if (doc.isEncrypted()) {
                        doc.setAllSecurityToBeRemoved(true);
                        doc.save(out);
                    } else {
                        doc.saveIncremental(out, changed);
                    }
                }
                readableLikeAnyNewFile(tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Optional.of(new Annotated(target, highlights, unplaced));
        }
    }

    private static boolean hasBox(Check c) {
        return c.involved().stream().anyMatch(q -> q.location().box() != null && q.location().page() > 0);
    }

    /** The distinct boxes of the check's numbers, grouped by 1-based page, pages outside the document dropped. */
    private static Map<Integer, List<Location.Box>> boxesByPage(Check c, int pages) {
        Map<Integer, Set<Location.Box>> m = new LinkedHashMap<>();
        for (Quantity q : c.involved()) {
            Location l = q.location();
            if (l.box() == null || l.page() < 1 || l.page() > pages) continue;
            m.computeIfAbsent(l.page(), k -> new LinkedHashSet<>()).add(l.box());
        }
        Map<Integer, List<Location.Box>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static void highlight(PDDocument doc, PDPage page, Check c, List<Location.Box> boxes, int serial)
            throws IOException {
        float[] quads = new float[boxes.size() * 8];
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int i = 0; i < boxes.size(); i++) {
            Location.Box b = boxes.get(i);
            float x0 = b.x(), x1 = b.x() + b.width(), y0 = b.y(), y1 = b.y() + b.height();
            // the corners in the order viewers expect, named as the text reads on screen (so that a
            // rotated page's highlight still has its rounded ends left and right of the number):
            // top-left, top-right, bottom-left, bottom-right
            float[][] corners = {toUserSpace(page, x0, y0), toUserSpace(page, x1, y0), toUserSpace(page, x0, y1),
                    toUserSpace(page, x1, y1)};
            for (int k = 0; k < 4; k++) {
                quads[i * 8 + 2 * k] = corners[k][0];
                quads[i * 8 + 2 * k + 1] = corners[k][1];
                minX = Math.min(minX, corners[k][0]); maxX = Math.max(maxX, corners[k][0]);
                minY = Math.min(minY, corners[k][1]); maxY = Math.max(maxY, corners[k][1]);
            }
        }
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        h.setRectangle(new PDRectangle(minX - 1, minY - 1, maxX - minX + 2, maxY - minY + 2));
        h.setQuadPoints(quads);
        h.setColor(new PDColor(colour(c.severity()), PDDeviceRGB.INSTANCE));
        h.setConstantOpacity(0.45f);
        h.setContents(note(c));
        h.setSubject(c.ruleId());
        h.setTitlePopup(AUTHOR);
        h.setAnnotationName(AUTHOR + "-" + serial);
        h.setPrinted(true);
        h.constructAppearances(doc);

        // The popup window a viewer opens on the highlight, placed in the margin beside it.
        PDRectangle crop = page.getCropBox();
        float w = Math.min(220, crop.getWidth() / 2), ht = 110;
        float px = Math.min(maxX + 8, crop.getUpperRightX() - w), py = Math.max(crop.getLowerLeftY(), maxY - ht);
        PDAnnotationPopup popup = new PDAnnotationPopup();
        popup.setRectangle(new PDRectangle(px, py, w, ht));
        popup.setOpen(false);
        popup.setParent(h);
        h.setPopup(popup);

        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        annotations.add(h);
        annotations.add(popup);
        page.setAnnotations(annotations);
    }

    /** "[ERROR] SUM-001 message", the relation on a second line, the likely cause on a third. */
    static String note(Check c) {
        String head = "[" + (c.severity() == null ? "" : c.severity().name()) + "] " + c.ruleId() + " " + c.message();
        String note = c.relation() == null || c.relation().isBlank() ? head : head + "\n" + c.relation();
        Diagnosis d = c.diagnosis();
        return d == null ? note : note + "\n可能原因：[" + d.kind().label() + "] " + d.explanation();
    }

    private static float[] colour(Severity s) {
        if (s == null) return new float[] {1f, 0.9f, 0.2f};
        return switch (s) {
            case ERROR -> new float[] {1f, 0.25f, 0.25f};
            case WARNING -> new float[] {1f, 0.65f, 0.1f};
            case INFO -> new float[] {0.35f, 0.6f, 1f};
        };
    }

    /**
     * A point of the displayed page (origin top-left of the crop box after /Rotate, y down) in the page's
     * user space (origin bottom-left, unrotated). /Rotate turns the page clockwise for display.
     */
    static float[] toUserSpace(PDPage page, float dx, float dy) {
        PDRectangle crop = page.getCropBox();
        float llx = crop.getLowerLeftX(), lly = crop.getLowerLeftY(), urx = crop.getUpperRightX(), ury = crop.getUpperRightY();
        return switch (Math.floorMod(page.getRotation(), 360)) {
            case 90 -> new float[] {llx + dy, lly + dx};
            case 180 -> new float[] {urx - dx, lly + dy};
            case 270 -> new float[] {urx - dy, ury - dx};
            default -> new float[] {llx + dx, ury - dy};
        };
    }

    /** Temp files are created owner-only (0600); the annotated copy is an ordinary output file (0644). */
    private static void readableLikeAnyNewFile(Path p) {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default
        }
    }
}
