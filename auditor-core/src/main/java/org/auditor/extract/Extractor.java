package org.auditor.extract;

import java.io.IOException;
import java.nio.file.Path;

import org.auditor.model.Document;

/**
 * Reads one file format into a {@link Document}. Implementations never modify the input and throw
 * {@link ExtractionException} with a message a user can act on (encrypted, scanned, corrupt …).
 */
public interface Extractor {
    /** Short format name ("text", "pdf", "docx" …). */
    String format();

    /** Whether this extractor reads a file whose detected type is {@code type} (see {@link FileType}). */
    boolean accepts(FileType type);

    Document extract(Path file) throws IOException, ExtractionException;
}
