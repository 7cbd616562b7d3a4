package org.auditor.model;

/** The direction a text states for a change or a comparison. */
public enum Direction {
    UP, DOWN, FLAT;

    public int sign() { return this == UP ? 1 : this == DOWN ? -1 : 0; }
}
