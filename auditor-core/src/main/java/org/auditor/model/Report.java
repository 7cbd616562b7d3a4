package org.auditor.model;

import java.util.List;

/** The canonical model of one document: what it is, its sections, every number, every claim. */
public record Report(String file, ReportKind kind, List<ReportKind> kinds, String entity, Integer year,
                     List<Section> sections, List<Quantity> quantities, List<Claim> claims, List<String> warnings) {
    public Report {
        kinds = List.copyOf(kinds);
        sections = List.copyOf(sections);
        quantities = List.copyOf(quantities);
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }
}
