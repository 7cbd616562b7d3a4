package org.auditor.parse;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Claim;
import org.auditor.model.Document;
import org.auditor.model.MoneyUnit;
import org.auditor.model.Quantity;
import org.auditor.model.Table;
import org.auditor.model.TextLine;
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
        TableParser.Result tables = new TableParser(vocabulary).parse(doc.path(), doc.lines());
        // table rows are read once, as tables: the narrative parser sees only the text around them
        List<TextLine> text = doc.lines().stream().filter(l -> !tables.consumed().contains(l)).toList();
        List<Paragraph> paragraphs = Paragraph.of(text);
        NarrativeParser.Result r = new NarrativeParser(vocabulary, defaultUnit).parse(doc.path(), meta.year(), paragraphs, sections);
        List<Quantity> quantities = new ArrayList<>(r.quantities);
        List<Claim> claims = new ArrayList<>(r.claims);
        TableClaims tableClaims = new TableClaims(vocabulary);
        for (Table t : tables.tables()) {
            t.cells().forEach(c -> quantities.add(c.value()));
            claims.addAll(tableClaims.claims(t));
        }
        claims.addAll(tableClaims.across(tables.tables()));
        List<Table> allTables = new ArrayList<>(tables.tables());
        // the small tables (score, budget, project, 三公 comparison): flattened one cell per line, the narrative
        // parser keeps reading those lines as before
        TablesRead projects = ProjectTables.read(doc.path(), doc.lines());
        for (TablesRead read : List.of(ScoreTables.read(doc.path(), doc.lines()), BudgetTables.read(doc.path(), doc.lines()), projects,
                ThreePublicComparisonTables.read(doc.path(), doc.lines(), tables.consumed()))) {
            for (Table t : read.tables()) t.cells().forEach(c -> quantities.add(c.value()));
            claims.addAll(read.claims());
            allTables.addAll(read.tables());
        }
        quantities.replaceAll(ProjectTables.restatements(doc.path(), projects.tables(), paragraphs));
        List<String> warnings = new ArrayList<>(doc.warnings());
        return new Report(doc.path(), meta.kind(), meta.kinds(), meta.entity(), meta.year(), sections.all(), quantities,
                claims, allTables, warnings);
    }
}
