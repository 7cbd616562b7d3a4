package org.auditor.extract.pdf;

import java.util.List;

/** The lines of one page in reading order, with the page size they were measured on. */
record PageLines(int page, float width, float height, List<RawLine> lines, boolean ocr) {
    PageLines {
        lines = List.copyOf(lines);
    }

    PageLines withLines(List<RawLine> kept) { return new PageLines(page, width, height, kept, ocr); }
}
