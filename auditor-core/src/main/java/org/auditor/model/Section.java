package org.auditor.model;

import java.util.List;

/** A heading of the report and where it starts; {@code path} is the chain of headings above it. */
public record Section(String title, int level, int line, int page, List<String> path) {
    public Section { path = List.copyOf(path); }

    public String pathText() { return String.join(" > ", path); }
}
