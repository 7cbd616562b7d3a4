package org.auditor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One relation evaluated by one rule: passed, or failed with a severity and a message. Failed checks
 * are the findings; passed checks are the shown work.
 *
 * @param relation  the relation in symbols, e.g. "2146.85 + 253.52 + … = 2842.81"
 * @param expected  what the stated value should be for the relation to hold (null if not a number)
 * @param difference stated − expected (null if not a number)
 * @param diagnosis  the likely cause of a failure, or a rounding note on a pass; null until diagnosed
 */
public record Check(String ruleId, String family, Severity severity, boolean passed, String relation, String message,
                    List<Quantity> involved, BigDecimal expected, BigDecimal difference, String claimId,
                    Diagnosis diagnosis) {
    public Check { involved = List.copyOf(involved); }

    /** A check as a rule records it, not yet diagnosed. */
    public Check(String ruleId, String family, Severity severity, boolean passed, String relation, String message,
                 List<Quantity> involved, BigDecimal expected, BigDecimal difference, String claimId) {
        this(ruleId, family, severity, passed, relation, message, involved, expected, difference, claimId, null);
    }

    public Check withDiagnosis(Diagnosis d) {
        return new Check(ruleId, family, severity, passed, relation, message, involved, expected, difference, claimId, d);
    }

    public List<String> statedValues() { return involved.stream().map(Quantity::text).toList(); }

    public List<Location> locations() { return involved.stream().map(Quantity::location).distinct().toList(); }
}
