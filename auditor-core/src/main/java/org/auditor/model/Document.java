package org.auditor.model;

import java.util.List;

/**
 * What an extractor read from a file: its text lines in reading order, with page and position where the
 * format has them. Extraction knows no rules and no claims.
 */
public record Document(String path, String format, int pages, List<TextLine> lines, List<String> warnings) {
    public Document {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }
}
