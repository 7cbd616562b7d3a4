package org.auditor.parse;

import org.auditor.model.Document;
import org.auditor.model.Report;

/** Turns extracted text into the canonical model: metadata, sections, quantities, claims. */
public final class ReportParser {
    public static ReportParser standard() { return new ReportParser(); }

    public Report parse(Document doc) {
        throw new UnsupportedOperationException("not yet");
    }
}
