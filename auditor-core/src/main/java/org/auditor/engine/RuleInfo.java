package org.auditor.engine;

import org.auditor.model.Severity;

/** A rule's metadata, read from its DRL annotations (@id, @family, @severity, @description). */
public record RuleInfo(String id, String family, Severity severity, String description, String source) {}
