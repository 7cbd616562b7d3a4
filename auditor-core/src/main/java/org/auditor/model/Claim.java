package org.auditor.model;

import java.util.List;

/** Something the report asserts about its quantities; rules evaluate claims. */
public sealed interface Claim permits Breakdown, Share, Change, Rate, ScoreLine {
    String id();

    /** Where the claim is stated (its first or main quantity). */
    Location location();

    /** Every quantity the claim involves, main one first. */
    List<Quantity> quantities();
}
