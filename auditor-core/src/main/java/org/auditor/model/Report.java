package org.auditor.model;

import java.util.List;

/** The canonical model of one document: what it is, its sections, every number, every claim. */
public record Report(String file, ReportKind kind, List<ReportKind> kinds, String entity, Integer year,
                     List<Section> sections, List<Quantity> quantities, List<Claim> claims, List<Table> tables,
                     List<String> warnings) {
    public Report {
        kinds = List.copyOf(kinds);
        sections = List.copyOf(sections);
        quantities = List.copyOf(quantities);
        claims = List.copyOf(claims);
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** A report without tables (sources whose tables are not read). */
    public Report(String file, ReportKind kind, List<ReportKind> kinds, String entity, Integer year, List<Section> sections,
                  List<Quantity> quantities, List<Claim> claims, List<String> warnings) {
        this(file, kind, kinds, entity, year, sections, quantities, claims, List.of(), warnings);
    }
}
