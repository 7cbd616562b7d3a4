package org.auditor.model;

import java.util.List;

/**
 * "占X%": the stated percentage of {@code part} in {@code base}.
 *
 * @param group the id of the breakdown whose parts these shares describe, or null
 */
public record Share(String id, Quantity part, Quantity base, Quantity percent, String group) implements Claim {
    @Override public Location location() { return percent.location(); }

    @Override public List<Quantity> quantities() { return List.of(part, base, percent); }
}
