package org.auditor.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditor.extract.pdf.PdfExtractor;
import org.auditor.model.Document;

/** Picks the extractor for a file by its detected content type. */
public final class Extractors {
    private final List<Extractor> extractors;

    public Extractors(List<Extractor> extractors) { this.extractors = List.copyOf(extractors); }

    /** Every format this build can read. */
    public static Extractors standard() {
        return new Extractors(List.of(new TextExtractor(), new PdfExtractor()));
    }

    public Document extract(Path file) throws IOException, ExtractionException {
        if (!Files.isRegularFile(file)) throw new ExtractionException("not a regular file");
        FileType type = FileType.detect(file);
        if (type == FileType.EMPTY) throw new ExtractionException("empty file (0 bytes)");
        for (Extractor e : extractors) if (e.accepts(type)) return e.extract(file);
        throw new ExtractionException("unsupported file type " + type + (type == FileType.UNKNOWN
                ? " (the extension does not match the content)" : " (no extractor for it in this build)"));
    }
}
