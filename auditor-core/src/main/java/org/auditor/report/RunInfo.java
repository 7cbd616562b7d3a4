package org.auditor.report;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.auditor.engine.Baseline;
import org.auditor.engine.RuleInfo;
import org.auditor.engine.Settings;

/**
 * What a writer may say about the run besides the results: the rules used, whether passed checks are
 * wanted, the output language ("zh" or "en"), where annotated PDF copies were written (null when none
 * were), the effective configuration (the run's, and each file's that differs from it) and the known
 * findings a baseline suppressed.
 */
public record RunInfo(String version, Collection<RuleInfo> rules, boolean includePassed, String lang, Path annotateDir,
                      Settings settings, Map<String, Settings> fileSettings, Baseline.Suppressed suppressed) {

    public RunInfo {
        settings = settings == null ? Settings.defaults() : settings;
        fileSettings = fileSettings == null ? Map.of() : Map.copyOf(fileSettings);
        suppressed = suppressed == null ? Baseline.Suppressed.NONE : suppressed;
    }

    /** A run with the default configuration, no baseline and no annotated PDFs. */
    public RunInfo(String version, Collection<RuleInfo> rules, boolean includePassed, String lang) {
        this(version, rules, includePassed, lang, null, null, null, null);
    }

    public static RunInfo defaults(Collection<RuleInfo> rules) { return new RunInfo("0.1.0", rules, false, "zh"); }

    public RunInfo withAnnotateDir(Path dir) { return new RunInfo(version, rules, includePassed, lang, dir, settings, fileSettings, suppressed); }

    public RunInfo withIncludePassed(boolean b) { return new RunInfo(version, rules, b, lang, annotateDir, settings, fileSettings, suppressed); }

    public RunInfo withLang(String l) { return new RunInfo(version, rules, includePassed, l, annotateDir, settings, fileSettings, suppressed); }

    /** The run's configuration and the files whose own configuration differs from it. */
    public RunInfo withSettings(Settings s, Map<String, Settings> perFile) {
        return new RunInfo(version, rules, includePassed, lang, annotateDir, s, perFile, suppressed);
    }

    public RunInfo withSuppressed(Baseline.Suppressed s) {
        return new RunInfo(version, rules, includePassed, lang, annotateDir, settings, fileSettings, s);
    }

    /** The configuration one file was audited under. */
    public Settings settingsOf(String path) { return fileSettings.getOrDefault(path, settings); }

    /** The rules loaded from user DRL files. */
    public java.util.List<RuleInfo> userRules() { return rules.stream().filter(r -> !r.builtIn()).toList(); }
}
