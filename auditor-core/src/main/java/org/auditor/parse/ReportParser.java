package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Document;
import org.auditor.model.Report;

/** Turns extracted text into the canonical model: metadata, sections, quantities, claims. Thread-safe. */
public final class ReportParser {
    private final Vocabulary vocabulary;

    public ReportParser(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    public static ReportParser standard() { return new ReportParser(Vocabulary.standard()); }

    public Report parse(Document doc) {
        MetadataDetector.Metadata meta = new MetadataDetector().detect(doc.lines());
        Sections sections = new Sections(doc.lines());
        List<Paragraph> paragraphs = Paragraph.of(doc.lines());
        NarrativeParser.Result r = new NarrativeParser(vocabulary).parse(doc.path(), meta.year(), paragraphs, sections);
        List<String> warnings = new ArrayList<>(doc.warnings());
        return new Report(doc.path(), meta.kind(), meta.kinds(), meta.entity(), meta.year(), sections.all(), r.quantities,
                r.claims, warnings);
    }
}
