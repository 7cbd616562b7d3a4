package org.auditor.engine;

/**
 * A rule's documentation, read from its DRL metadata so that {@code auditor rules show}, docs/rules.md
 * and the reports all say the same thing. Missing entries are empty strings, never null.
 *
 * @param details        what the rule checks, beyond its one-line description (@details)
 * @param formula        the relation in symbols (@formula)
 * @param rounding       how printed rounding is treated (@rounding)
 * @param example        report text that triggers the rule; lines separated by "\n" (@example)
 * @param counterexample report text the rule checks and finds consistent (@counterexample)
 */
public record RuleDoc(String details, String formula, String rounding, String example, String counterexample) {
    public static final RuleDoc NONE = new RuleDoc("", "", "", "", "");

    public RuleDoc {
        details = orEmpty(details);
        formula = orEmpty(formula);
        rounding = orEmpty(rounding);
        example = orEmpty(example);
        counterexample = orEmpty(counterexample);
    }

    private static String orEmpty(String s) { return s == null ? "" : s.strip(); }
}
