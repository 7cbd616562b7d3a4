package org.auditor.report;

import java.util.Collection;

import org.auditor.engine.RuleInfo;

/**
 * What a writer may say about the run besides the results: the rules used, whether passed checks are
 * wanted, the output language ("zh" or "en").
 */
public record RunInfo(String version, Collection<RuleInfo> rules, boolean includePassed, String lang) {
    public static RunInfo defaults(Collection<RuleInfo> rules) { return new RunInfo("0.1.0", rules, false, "zh"); }
}
