package org.auditor.extract.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractor;
import org.auditor.extract.FileType;
import org.auditor.extract.Normalizer;
import org.auditor.model.Document;
import org.auditor.model.TextLine;

/**
 * PDF reports: the text layer read glyph by glyph into lines in reading order (see {@link LineAssembler},
 * {@link ColumnLayout}), running headers, footers, page numbers and table-of-contents entries removed,
 * garbled text layers detected, scanned pages read by OCR when tesseract is installed.
 * Line numbers count from 1 on each page; boxes are in PDF units with the origin at the top left of the
 * page as displayed.
 */
public final class PdfExtractor implements Extractor {
    /** A page without a text layer (see {@link TextLayerQuality.Page#hasText()}) and an image over this share of it is a scan. */
    static final double SCAN_COVERAGE = 0.5;

    private final TesseractOcr ocr;

    public PdfExtractor() { this("tesseract"); }

    /** With the OCR command to run on scanned pages ({@code tesseract} on the PATH by default). */
    public PdfExtractor(String tesseractCommand) { this.ocr = new TesseractOcr(tesseractCommand); }

    @Override public String format() { return "pdf"; }

    @Override public boolean accepts(FileType type) { return type == FileType.PDF; }

    @Override public Document extract(Path file) throws IOException, ExtractionException {
        try (PDDocument doc = open(file)) {
            return read(file, doc);
        } catch (RuntimeException e) { // PDFBox fails on some broken structures with unchecked exceptions
            throw new ExtractionException("corrupt or unreadable PDF: " + reason(e), e);
        }
    }

    private static PDDocument open(Path file) throws ExtractionException {
        try {
            // scratch files, not heap, hold the document's streams: an 800-page report must not exhaust memory
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: a password is required", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("corrupt or unreadable PDF: " + reason(e) + (cutShort(file) ? CUT_SHORT : ""), e);
        }
    }

    static final String CUT_SHORT = " (the file is cut short: no %%EOF marker at its end, as after an interrupted download)";

    /** Whether the file lacks the end-of-file marker a complete PDF has in its last kilobyte. */
    private static boolean cutShort(Path file) {
        try (var ch = Files.newByteChannel(file)) {
            long size = ch.size();
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(size, 1024));
            ch.position(size - tail.capacity());
            while (tail.hasRemaining() && ch.read(tail) > 0) { /* fill */ }
            return !new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    private Document read(Path file, PDDocument doc) throws IOException, ExtractionException {
        int pageCount = doc.getNumberOfPages();
        List<PageLines> pages = new ArrayList<>(pageCount);
        List<TextLayerQuality.Page> quality = new ArrayList<>(pageCount);
        Set<Integer> scanned = new TreeSet<>();
        int withText = 0;
        try {
            new GlyphCollector(text -> {
                quality.add(TextLayerQuality.measure(text));
                LineAssembler assembler = new LineAssembler(text.rules(), LineAssembler.Spacing.TEXT_LAYER);
                List<RawLine> lines = new ArrayList<>();
                for (List<Glyph> piece : ColumnLayout.readingOrder(LineAssembler.rows(text.glyphs()), assembler)) {
                    lines.add(assembler.line(piece));
                }
                pages.add(new PageLines(text.page(), text.width(), text.height(), lines, false));
            }).collect(doc);
            for (TextLayerQuality.Page q : quality) {
                // a garbled page shows glyphs even when none of them reaches the text: it has a text layer
                if (q.hasText()) withText++;
                else if (ImageCoverage.of(doc.getPage(q.page() - 1)) >= SCAN_COVERAGE) scanned.add(q.page());
            }
        } catch (IOException e) { // the content streams: a damaged file, not a failing disk
            throw new ExtractionException("corrupt or unreadable PDF: " + reason(e), e);
        }

        List<String> warnings = new ArrayList<>();
        Set<Integer> garbled = TextLayerQuality.garbled(quality);
        if (!garbled.isEmpty()) {
            if (2 * garbled.size() > withText) {
                throw new ExtractionException("text layer is garbled (fonts without a Unicode map) on pages " + ranges(garbled));
            }
            warnings.add("text layer is garbled (fonts without a Unicode map) on pages " + ranges(garbled)
                    + ": their text is unreliable");
        }
        if (!scanned.isEmpty()) readScans(doc, pages, scanned, withText, warnings);

        List<TextLine> lines = new ArrayList<>();
        for (PageLines p : PageFurniture.strip(pages)) {
            int n = 0;
            for (RawLine raw : TableOfContents.strip(p).lines()) {
                Normalizer.Line norm = Normalizer.normalize(raw.text(), raw.xs());
                if (norm.text().isBlank()) continue;
                lines.add(new TextLine(p.page(), ++n, norm.text(), norm.xs(), raw.box(), null, p.ocr()));
            }
        }
        if (lines.isEmpty()) {
            throw new ExtractionException("no text found in the PDF (no page has a text layer or OCR-readable text)");
        }
        return new Document(file.toString(), format(), pageCount, lines, warnings);
    }

    /** Replaces the (empty) text of scanned pages by OCR, or says why it cannot. */
    private void readScans(PDDocument doc, List<PageLines> pages, Set<Integer> scanned, int withText,
                           List<String> warnings) throws ExtractionException, IOException {
        if (!ocr.available()) {
            String install = "install tesseract-ocr and tesseract-ocr-chi-sim to OCR it";
            if (withText == 0) throw new ExtractionException("scanned PDF without a text layer: " + install);
            warnings.add("scanned pages without a text layer were not read (" + install + "): pages " + ranges(scanned));
            return;
        }
        // rendering shares the document and stays on this thread; tesseract runs on every core, one
        // single-threaded process per page (see TesseractOcr), a batch of pages at a time so that a long
        // scanned report never has more than a few rendered pages on disk
        PDFRenderer renderer = new PDFRenderer(doc);
        List<Integer> todo = new ArrayList<>(scanned);
        int threads = Math.min(todo.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<Integer> done = new TreeSet<>();
        try {
            for (int from = 0; from < todo.size(); from += threads) {
                Map<Integer, Future<List<RawLine>>> reading = new TreeMap<>();
                for (int page : todo.subList(from, Math.min(todo.size(), from + threads))) {
                    try {
                        Path png = TesseractOcr.render(renderer, page - 1);
                        reading.put(page, pool.submit(() -> {
                            try {
                                return ocr.read(png);
                            } finally {
                                Files.deleteIfExists(png);
                            }
                        }));
                    } catch (IOException | RuntimeException e) {
                        warnings.add("OCR failed on page " + page + ": " + reason(e));
                    }
                }
                for (Map.Entry<Integer, Future<List<RawLine>>> r : reading.entrySet()) {
                    int page = r.getKey();
                    PageLines before = pages.get(page - 1);
                    try {
                        pages.set(page - 1, new PageLines(page, before.width(), before.height(), r.getValue().get(), true));
                        done.add(page);
                    } catch (ExecutionException e) {
                        warnings.add("OCR failed on page " + page + ": " + reason(e.getCause()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted during OCR", e);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (!done.isEmpty()) warnings.add("OCR used on pages " + ranges(done) + ": check its numbers against the printed page");
    }

    /** "1-3, 7, 9-10". */
    static String ranges(Set<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        Integer start = null, prev = null;
        for (int p : pages) {
            if (prev != null && p == prev + 1) { prev = p; continue; }
            if (start != null) sb.append(sb.length() > 0 ? ", " : "").append(start.equals(prev) ? "" + start : start + "-" + prev);
            start = p;
            prev = p;
        }
        if (start != null) sb.append(sb.length() > 0 ? ", " : "").append(start.equals(prev) ? "" + start : start + "-" + prev);
        return sb.toString();
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
