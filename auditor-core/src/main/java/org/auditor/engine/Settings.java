package org.auditor.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.auditor.model.MoneyUnit;
import org.auditor.model.Severity;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The effective configuration of an audit, from an {@code auditor.yaml} file or the defaults:
 * <pre>
 * disable: [SCORE, XSEC-001]   # rule ids or families not to run; "*" for all
 * enable: [SCORE-001]          # exceptions: the most specific entry wins (id, then family, then "*")
 * severity: {SHARE-002: ERROR} # a rule's or family's severity (caps such as "a 其中 list is a warning" still apply)
 * tolerance: {SHARE: 0.01}     # accepted |stated − expected| per family or rule, in the relation's own unit
 * defaultUnit: 元              # currency unit of amounts printed without one (default 万元)
 * </pre>
 * Applied in one place: {@link CheckSink} for rules, the parser for the unit; never inside a rule.
 *
 * @param source where it was read from, null for the defaults
 */
public record Settings(Path source, Set<String> disable, Set<String> enable, Map<String, Severity> severity,
                       Map<String, BigDecimal> tolerance, MoneyUnit defaultUnit) {
    /** The name of the configuration file looked for in scanned folders. */
    public static final String FILE_NAME = "auditor.yaml";
    /** In disable/enable: every rule. */
    public static final String ALL = "*";

    private static final Settings DEFAULTS = new Settings(null, Set.of(), Set.of(), Map.of(), Map.of(), MoneyUnit.WAN_YUAN);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Settings {
        disable = Set.copyOf(new TreeSet<>(disable));
        enable = Set.copyOf(new TreeSet<>(enable));
        severity = Map.copyOf(severity);
        tolerance = Map.copyOf(tolerance);
    }

    public static Settings defaults() { return DEFAULTS; }

    /** The file as written: YAML keys, with severities and the unit still as text. */
    private record Yaml(List<String> disable, List<String> enable, Map<String, String> severity, Map<String, BigDecimal> tolerance,
                        String defaultUnit) {}

    /** Reads a configuration file. */
    public static Settings load(Path file) {
        Yaml y;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SettingsException("cannot read configuration " + file + ": " + e.getMessage());
        }
        try (JsonParser p = YAML.createParser(text)) {
            y = p.nextToken() == null ? null : YAML.readValue(p, Yaml.class); // a file of comments only is the defaults
        } catch (UnrecognizedPropertyException e) {
            throw new SettingsException(file + lineOf(text, e.getPropertyName()) + ": unknown key \"" + e.getPropertyName()
                    + "\" (known: disable, enable, severity, tolerance, defaultUnit)");
        } catch (JsonProcessingException e) {
            throw new SettingsException(file + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SettingsException("cannot read configuration " + file + ": " + e.getMessage());
        }
        if (y == null) return new Settings(file, Set.of(), Set.of(), Map.of(), Map.of(), MoneyUnit.WAN_YUAN);
        Set<String> disable = keys(y.disable()), enable = keys(y.enable());
        for (String k : disable) if (enable.contains(k)) throw new SettingsException(file + ": \"" + k + "\" is both disabled and enabled");
        Map<String, Severity> severity = new TreeMap<>();
        if (y.severity() != null) for (var e : y.severity().entrySet()) {
            try {
                severity.put(e.getKey().strip(), Severity.valueOf(String.valueOf(e.getValue()).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ex) {
                throw new SettingsException(file + ": severity of " + e.getKey() + " must be ERROR, WARNING or INFO, not \"" + e.getValue() + "\"");
            }
        }
        Map<String, BigDecimal> tolerance = new TreeMap<>();
        if (y.tolerance() != null) for (var e : y.tolerance().entrySet()) {
            if (e.getValue() == null || e.getValue().signum() < 0)
                throw new SettingsException(file + ": tolerance of " + e.getKey() + " must be a number ≥ 0, not " + e.getValue());
            tolerance.put(e.getKey().strip(), e.getValue());
        }
        MoneyUnit unit = MoneyUnit.WAN_YUAN;
        if (y.defaultUnit() != null) {
            unit = MoneyUnit.fromLabel(y.defaultUnit().strip());
            if (unit == null) throw new SettingsException(file + ": defaultUnit must be 元, 万元 or 亿元, not \"" + y.defaultUnit() + "\"");
        }
        return new Settings(file, disable, enable, severity, tolerance, unit);
    }

    private static Set<String> keys(List<String> list) {
        Set<String> out = new TreeSet<>();
        if (list != null) for (String s : list) if (s != null && !s.isBlank()) out.add(s.strip());
        return out;
    }

    /** ":N" for the first line that starts with the key (the parser reports where it noticed, often a line later). */
    private static String lineOf(String text, String key) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().startsWith(key + ":")) return ":" + (i + 1);
        return "";
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() <= 0 ? "" : ":" + loc.getLineNr();
    }

    /**
     * Fails on a key that names no rule or family of the rule base: a misspelt id would otherwise
     * silently change nothing.
     */
    public void validate(Collection<RuleInfo> rules) {
        Set<String> known = new TreeSet<>();
        for (RuleInfo r : rules) { known.add(r.id()); known.add(r.family()); }
        List<String> unknown = new ArrayList<>();
        for (String k : disable) if (!k.equals(ALL) && !known.contains(k)) unknown.add("disable: " + k);
        for (String k : enable) if (!k.equals(ALL) && !known.contains(k)) unknown.add("enable: " + k);
        for (String k : severity.keySet()) if (!known.contains(k)) unknown.add("severity: " + k);
        for (String k : tolerance.keySet()) if (!known.contains(k)) unknown.add("tolerance: " + k);
        if (!unknown.isEmpty())
            throw new SettingsException(source + ": no rule or family " + String.join(", ", unknown) + " (known: " + String.join(", ", known) + ")");
    }

    /** Whether a rule runs: the most specific of its id, its family and "*" listed under enable or disable decides. */
    public boolean enabled(String id, String family) {
        for (String k : new String[] {id, family, ALL}) {
            if (enable.contains(k)) return true;
            if (disable.contains(k)) return false;
        }
        return true;
    }

    /** The severity a rule's findings start from: configured for its id, else for its family, else its own. */
    public Severity severity(String id, String family, Severity own) {
        Severity s = severity.get(id);
        if (s == null) s = severity.get(family);
        return s == null ? own : s;
    }

    /** The accepted difference for a rule (its id's, else its family's), or null when none is set. */
    public BigDecimal tolerance(String id, String family) {
        BigDecimal t = tolerance.get(id);
        return t != null ? t : tolerance.get(family);
    }

    /** The rules as this configuration runs them: disabled ones left out, severities as configured. */
    public List<RuleInfo> apply(Collection<RuleInfo> rules) {
        return rules.stream().filter(r -> enabled(r.id(), r.family()))
                .map(r -> r.withSeverity(severity(r.id(), r.family(), r.severity()))).toList();
    }

    /** Whether this changes nothing (the file may still exist). */
    public boolean isDefault() {
        return disable.isEmpty() && enable.isEmpty() && severity.isEmpty() && tolerance.isEmpty() && defaultUnit == MoneyUnit.WAN_YUAN;
    }

    /** The configuration as written in the outputs (JSON "config"): every key, with its effective value. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source == null ? null : source.toString());
        m.put("disable", List.copyOf(new TreeSet<>(disable)));
        m.put("enable", List.copyOf(new TreeSet<>(enable)));
        Map<String, String> sev = new TreeMap<>();
        severity.forEach((k, v) -> sev.put(k, v.name()));
        m.put("severity", sev);
        m.put("tolerance", new TreeMap<>(tolerance));
        m.put("defaultUnit", defaultUnit.label());
        return m;
    }
}
