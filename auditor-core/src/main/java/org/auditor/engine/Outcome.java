package org.auditor.engine;

import java.math.BigDecimal;
import java.util.List;

import org.auditor.model.Quantity;
import org.auditor.model.Severity;

/**
 * The verdict of one relation, before a rule gives it an id and severity.
 *
 * @param cap the highest severity this outcome may carry (e.g. WARNING for a one-digit gap), or null
 */
public record Outcome(boolean passed, String relation, String message, List<Quantity> involved, BigDecimal expected,
                      BigDecimal difference, String claimId, Severity cap) {

    public Outcome { involved = List.copyOf(involved); }

    public Outcome capped(Severity s) { return new Outcome(passed, relation, message, involved, expected, difference, claimId, s); }

    /** A failed relation accepted by a configured tolerance: it passes, and its relation says why. */
    public Outcome tolerated(java.math.BigDecimal tolerance) {
        return new Outcome(true, relation + " (tolerance ±" + tolerance.toPlainString() + ")", null, involved, expected, difference, claimId, cap);
    }
}
