package org.auditor.engine;

import java.util.ArrayList;
import java.util.List;

import org.auditor.model.Check;
import org.auditor.model.Quantity;
import org.auditor.model.Severity;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects the checks of one document. Rules call {@link #record} with the outcome of the relation they
 * evaluated; the sink stamps it with the rule's id, family and severity. Returns the check so that a rule
 * may insert it for rules that reason about failed checks (e.g. unit slips).
 */
public final class CheckSink {
    private final List<Check> checks = new ArrayList<>();

    public Check record(RuleContext ctx, Outcome o) {
        if (o == null) return null;
        Rule r = ctx.getRule();
        String id = meta(r, "id", r.getName());
        String family = meta(r, "family", id.replaceAll("-.*", ""));
        Severity sev = Severity.valueOf(meta(r, "severity", "ERROR"));
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

    private static String meta(Rule r, String key, String dflt) {
        Object v = r.getMetaData().get(key);
        if (v == null) return dflt;
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    public List<Check> checks() { return List.copyOf(checks); }
}
