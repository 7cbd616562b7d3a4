package org.auditor.engine;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Check;
import org.auditor.model.Report;
import org.kie.api.runtime.StatelessKieSession;

/** Runs the shared rule base over one report model: one stateless session per document. */
public final class RuleRunner {
    private final RuleBase ruleBase;

    public RuleRunner(RuleBase ruleBase) { this.ruleBase = ruleBase; }

    public List<Check> run(Report report) { return run(report, Settings.defaults()); }

    /** Runs the rules under a configuration (which rules run, their severities and tolerances). */
    public List<Check> run(Report report, Settings settings) {
        StatelessKieSession session = ruleBase.newSession();
        CheckSink sink = new CheckSink(settings);
        session.setGlobal("sink", sink);
        List<Object> facts = new ArrayList<>(report.quantities().size() + report.claims().size());
        facts.addAll(report.quantities());
        facts.addAll(report.claims());
        session.execute(facts);
        List<Check> checks = new ArrayList<>(sink.checks());
        // Deterministic order whatever the agenda did: by position, then rule.
        checks.sort(CHECK_ORDER);
        return Restatements.collapse(checks);
    }

    public RuleBase ruleBase() { return ruleBase; }

    static final java.util.Comparator<Check> CHECK_ORDER = java.util.Comparator
            .<Check>comparingInt(c -> c.involved().isEmpty() ? 0 : c.involved().get(0).location().page())
            .thenComparingInt(c -> c.involved().isEmpty() ? 0 : c.involved().get(0).location().line())
            .thenComparingInt(c -> c.involved().isEmpty() ? 0 : c.involved().get(0).location().column())
            .thenComparing(Check::ruleId)
            .thenComparing(c -> String.join(",", c.statedValues()));
}
