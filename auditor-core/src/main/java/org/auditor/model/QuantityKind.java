package org.auditor.model;

/** What a printed number measures. */
public enum QuantityKind { AMOUNT, PERCENT, COUNT, SCORE }
