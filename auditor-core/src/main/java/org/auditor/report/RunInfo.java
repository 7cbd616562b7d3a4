package org.auditor.report;

import java.nio.file.Path;
import java.util.Collection;

import org.auditor.engine.RuleInfo;

/**
 * What a writer may say about the run besides the results: the rules used, whether passed checks are
 * wanted, the output language ("zh" or "en"), and where annotated PDF copies were written (null when
 * none were), so that reports can link to them.
 */
public record RunInfo(String version, Collection<RuleInfo> rules, boolean includePassed, String lang, Path annotateDir) {

    /** A run without annotated PDFs (the form every caller used before annotateDir existed). */
    public RunInfo(String version, Collection<RuleInfo> rules, boolean includePassed, String lang) {
        this(version, rules, includePassed, lang, null);
    }

    public static RunInfo defaults(Collection<RuleInfo> rules) { return new RunInfo("0.1.0", rules, false, "zh"); }

    public RunInfo withAnnotateDir(Path dir) { return new RunInfo(version, rules, includePassed, lang, dir); }

    public RunInfo withIncludePassed(boolean b) { return new RunInfo(version, rules, b, lang, annotateDir); }

    public RunInfo withLang(String l) { return new RunInfo(version, rules, includePassed, l, annotateDir); }
}
