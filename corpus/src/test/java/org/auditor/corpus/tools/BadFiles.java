package org.auditor.corpus.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes the files a batch must survive (corpus/bad): each must end as an error row of its own while the
 * rest of the batch completes. Small enough to commit, except the many-page PDF, which is made on demand
 * (benchmarks) and never committed. Run through {@code corpus/tools/make-bad.sh}.
 *
 * <p>Usage: {@code BadFiles <corpus dir> <out dir>} or {@code BadFiles --pages N <corpus dir> <out.pdf>}
 */
public final class BadFiles {
    private BadFiles() {}

    /** Every committed bad file and the words its error row must contain. */
    public static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("corrupt.pdf", "corrupt or unreadable PDF");
        m.put("truncated.pdf", "the file is cut short");
        m.put("encrypted.pdf", "encrypted PDF: a password is required");
        m.put("empty.pdf", "empty file");
        m.put("empty.txt", "empty file");
        m.put("image-named.pdf", "not a PDF");
        m.put("no-numbers.txt", "not a report");
        m.put("text-named.docx", "not a zip archive");
        m.put("zip-bomb.docx", "zip bomb");
        m.put("loop-a.pdf", "loop of links");
        m.put("loop-b.pdf", "loop of links");
        return m;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--pages")) {
            manyPages(Path.of(args[2]), Integer.parseInt(args[1]), Path.of(args[3]));
            return;
        }
        if (args.length != 2) throw new IllegalArgumentException("usage: BadFiles <corpus dir> <out dir> | --pages N <corpus dir> <out.pdf>");
        write(Path.of(args[0]), Path.of(args[1]));
    }

    public static void write(Path corpus, Path out) throws IOException {
        Files.createDirectories(out);
        Path pdf = corpus.resolve("pdf/002_7daf7e59afd9bf54.pdf"); // the smallest
        // a PDF header over noise: no object, no cross-reference table PDFBox could repair
        byte[] noise = new byte[16 * 1024];
        new Random(6).nextBytes(noise);
        try (OutputStream o = Files.newOutputStream(out.resolve("corrupt.pdf"))) {
            o.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            o.write(noise);
            o.write("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] whole = Files.readAllBytes(pdf);
        Files.write(out.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 4)); // an interrupted download
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.resolve("encrypted.pdf").toFile());
        }
        Files.write(out.resolve("empty.pdf"), new byte[0]);
        Files.write(out.resolve("empty.txt"), new byte[0]);
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(img, "png", out.resolve("image-named.pdf").toFile());
        Files.writeString(out.resolve("no-numbers.txt"),
                "会议纪要\n\n各位同事：本周五下午召开部门例会，请准时参加。会议议题另行通知。\n\n办公室\n");
        Files.writeString(out.resolve("text-named.docx"), "这不是一个Word文档。\n");
        zipBomb(out.resolve("zip-bomb.docx"), 100);
        Files.deleteIfExists(out.resolve("loop-a.pdf"));
        Files.deleteIfExists(out.resolve("loop-b.pdf"));
        Files.createSymbolicLink(out.resolve("loop-a.pdf"), Path.of("loop-b.pdf"));
        Files.createSymbolicLink(out.resolve("loop-b.pdf"), Path.of("loop-a.pdf"));
        Path up = out.resolve("loop-dir");
        Files.deleteIfExists(up);
        Files.createSymbolicLink(up, Path.of(".")); // a folder link back to itself: walked, it never ends
    }

    /**
     * A Word package whose document part inflates to {@code mib} MiB of blanks from about a thousandth of
     * that on disk: Office parsers that trust the sizes in the archive exhaust memory on it.
     */
    static void zipBomb(Path out, int mib) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            ZipEntry doc = new ZipEntry("word/document.xml");
            doc.setTime(0);
            zip.putNextEntry(doc);
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < mib; i++) zip.write(blanks);
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The corpus PDFs merged over and over up to {@code pages} pages (a long report for memory and time limits). */
    public static void manyPages(Path corpus, int pages, Path out) throws IOException {
        Path[] sources;
        try (var s = Files.list(corpus.resolve("pdf"))) {
            sources = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toArray(Path[]::new);
        }
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument target = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (Path p : sources) open.add(Loader.loadPDF(p.toFile()));
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; target.getNumberOfPages() < pages; i++) merger.appendDocument(target, open.get(i % open.size()));
            while (target.getNumberOfPages() > pages) target.removePage(target.getNumberOfPages() - 1);
            target.save(out.toFile()); // while the sources are open: their streams are still needed
        } finally {
            for (PDDocument d : open) d.close();
        }
    }
}
