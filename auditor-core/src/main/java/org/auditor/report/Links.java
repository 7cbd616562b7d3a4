package org.auditor.report;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.auditor.model.FileResult;

/** Where report links point: the audited file, and its annotated copy when this run wrote one. */
final class Links {
    private Links() {}

    /** The file URI of an input path (absolute against the working directory), or null if it is no path. */
    static String fileUri(String path) {
        if (path == null) return null;
        try {
            return Path.of(path).toAbsolutePath().normalize().toUri().toASCIIString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The annotated PDF written for this file in this run, or null when there is none. */
    static Path annotatedCopy(RunInfo run, FileResult r) {
        if (run.annotateDir() == null || r.path() == null) return null;
        try {
            Path p = PdfAnnotator.annotatedPath(run.annotateDir(), r.path());
            return Files.isRegularFile(p) ? p.toAbsolutePath().normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
