package org.auditor.model;

/** How serious a failed check is. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity other) { return compareTo(other) >= 0; }
}
