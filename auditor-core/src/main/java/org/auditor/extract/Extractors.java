package org.auditor.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditor.extract.pdf.PdfExtractor;
import org.auditor.extract.sheet.SpreadsheetExtractor;
import org.auditor.extract.tika.TikaExtractor;
import org.auditor.model.Document;

/** Picks the extractor for a file by its detected content type. */
public final class Extractors {
    private final List<Extractor> extractors;

    public Extractors(List<Extractor> extractors) { this.extractors = List.copyOf(extractors); }

    /** Every format this build can read. */
    public static Extractors standard() {
        return new Extractors(List.of(new TextExtractor(), new PdfExtractor(), new TikaExtractor(), new SpreadsheetExtractor()));
    }

    public Document extract(Path file) throws IOException, ExtractionException {
        if (!Files.isRegularFile(file)) throw new ExtractionException(notAFile(file));
        FileType.Detection detected = FileType.identify(file);
        FileType type = detected.type();
        if (type == FileType.EMPTY || type == FileType.UNKNOWN) throw new ExtractionException(detected.problem());
        for (Extractor e : extractors) if (e.accepts(type)) return e.extract(file);
        throw new ExtractionException("unsupported file type " + type + " (no extractor for it in this build)");
    }

    private static String notAFile(Path file) {
        if (Files.isSymbolicLink(file)) return "symbolic link that leads nowhere or into a loop of links";
        if (Files.isDirectory(file)) return "folder that cannot be read";
        return Files.exists(file) ? "not a regular file" : "no such file";
    }

    /** Whether some extractor of this registry reads files of the given type. */
    public boolean reads(FileType type) {
        return extractors.stream().anyMatch(e -> e.accepts(type));
    }
}
