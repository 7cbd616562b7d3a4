package org.auditor.model;

/**
 * The meaning of a quantity: a canonical id from the concept dictionary (e.g. {@code income.total},
 * {@code func:201}), with the scope of funds and the period it refers to. Two quantities with equal
 * concepts must carry equal values.
 */
public record Concept(String id, Scope scope, Period period) {
    public String key() { return id + "|" + scope + "|" + period; }
}
