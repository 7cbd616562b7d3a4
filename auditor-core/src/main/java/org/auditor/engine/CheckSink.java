package org.auditor.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Check;
import org.auditor.model.Quantity;
import org.auditor.model.Severity;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects the checks of one document. Rules call {@link #record} with the outcome of the relation they
 * evaluated; the sink stamps it with the rule's id, family and severity, and applies the configuration
 * (disabled rules, severity overrides, tolerances) — the one place it is applied. Returns the check so
 * that a rule may insert it for rules that reason about failed checks (e.g. unit slips).
 */
public final class CheckSink {
    private final List<Check> checks = new ArrayList<>();
    private final Settings settings;

    public CheckSink() { this(Settings.defaults()); }

    public CheckSink(Settings settings) { this.settings = settings; }

    public Check record(RuleContext ctx, Outcome o) {
        if (o == null) return null;
        Rule r = ctx.getRule();
        String id = meta(r, "id", r.getName());
        String family = meta(r, "family", id.replaceAll("-.*", ""));
        if (!settings.enabled(id, family)) return null; // a disabled rule says nothing, so nothing builds on it either
        BigDecimal tolerance = settings.tolerance(id, family);
        if (!o.passed() && tolerance != null && o.difference() != null && o.difference().abs().compareTo(tolerance) <= 0)
            o = o.tolerated(tolerance);
        Severity sev = settings.severity(id, family, Severity.valueOf(meta(r, "severity", "ERROR")));
        if (o.cap() != null && sev.compareTo(o.cap()) > 0) sev = o.cap();
        // Numbers read by OCR may be misread: never more than a warning.
        if (o.involved().stream().anyMatch(Quantity::ocr) && sev == Severity.ERROR) sev = Severity.WARNING;
        Check c = new Check(id, family, sev, o.passed(), o.relation(), o.message(), o.involved(), o.expected(),
                o.difference(), o.claimId());
        synchronized (checks) { checks.add(c); }
        return c;
    }

    /**
     * Marks a failed check as explained by a more specific finding (a sum broken by a unit slip): it stays
     * in the output, as INFO pointing at the explaining finding, so the fault is counted once.
     */
    public void supersede(Check explained, Check by) {
        if (explained == null || by == null || by.passed()) return;
        synchronized (checks) {
            int i = checks.indexOf(explained);
            if (i < 0) return;
            checks.set(i, new Check(explained.ruleId(), explained.family(), Severity.INFO, false, explained.relation(),
                    explained.message() + "（原因见 " + by.ruleId() + "）", explained.involved(), explained.expected(),
                    explained.difference(), explained.claimId()));
        }
    }

    private static String meta(Rule r, String key, String dflt) { return RuleBase.str(r.getMetaData().get(key), dflt); } // id, family, severity: never renamed

    public List<Check> checks() { return List.copyOf(checks); }
}
