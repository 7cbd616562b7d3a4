package org.auditor.model;

/** Which year and which stage a quantity refers to. */
public enum Period { CURRENT, PRIOR, BUDGET }
