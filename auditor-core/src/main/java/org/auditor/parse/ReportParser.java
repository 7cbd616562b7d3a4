package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Document;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Report;

/**
 * Turns extracted text into the canonical model: metadata, sections, quantities, claims. Thread-safe.
 * Amounts printed without a currency unit, in a paragraph that prints none either, are read in the
 * default unit (万元 unless configured otherwise).
 */
public final class ReportParser {
    private final Vocabulary vocabulary;
    private final MoneyUnit defaultUnit;

    public ReportParser(Vocabulary vocabulary) { this(vocabulary, MoneyUnit.WAN_YUAN); }

    public ReportParser(Vocabulary vocabulary, MoneyUnit defaultUnit) {
        this.vocabulary = vocabulary;
        this.defaultUnit = defaultUnit;
    }

    public static ReportParser standard() { return new ReportParser(Vocabulary.standard()); }

    /** The same parser reading unit-less amounts in another unit. */
    public ReportParser withDefaultUnit(MoneyUnit unit) {
        return unit == defaultUnit ? this : new ReportParser(vocabulary, unit);
    }

    public MoneyUnit defaultUnit() { return defaultUnit; }

    public Report parse(Document doc) {
        MetadataDetector.Metadata meta = new MetadataDetector().detect(doc.lines());
        Sections sections = new Sections(doc.lines());
        List<Paragraph> paragraphs = Paragraph.of(doc.lines());
        NarrativeParser.Result r = new NarrativeParser(vocabulary, defaultUnit).parse(doc.path(), meta.year(), paragraphs, sections);
        List<String> warnings = new ArrayList<>(doc.warnings());
        return new Report(doc.path(), meta.kind(), meta.kinds(), meta.entity(), meta.year(), sections.all(), r.quantities,
                r.claims, warnings);
    }
}
