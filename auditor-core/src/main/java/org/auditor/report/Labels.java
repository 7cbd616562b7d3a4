package org.auditor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.auditor.model.Diagnosis;
import org.auditor.model.ReportKind;
import org.auditor.model.Severity;

/**
 * The user-visible strings of the report writers in one language, read from labels_zh.properties or
 * labels_en.properties beside this class, so that no header is spelled anywhere else.
 */
final class Labels {
    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final String lang;
    private final Properties strings;

    private Labels(String lang, Properties strings) {
        this.lang = lang;
        this.strings = strings;
    }

    /** "zh" (also null, "zh-CN" …) or "en" ("en-US" …); anything else is refused rather than guessed. */
    static Labels of(String lang) {
        String base = lang == null || lang.isBlank() ? "zh" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!base.equals("zh") && !base.equals("en"))
            throw new IllegalArgumentException("unknown report language '" + lang + "'; known: zh, en");
        return CACHE.computeIfAbsent(base, Labels::load);
    }

    private static Labels load(String lang) {
        String name = "labels_" + lang + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Labels(lang, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String lang() { return lang; }

    /** The string for a key; a missing key is a programming error, so it fails loudly. */
    String get(String key) {
        String s = strings.getProperty(key);
        if (s == null) throw new IllegalStateException("no label '" + key + "' for language " + lang);
        return s;
    }

    String severity(Severity s) { return s == null ? "" : get("severity." + s.name()); }

    String kind(ReportKind k) { return k == null ? "" : get("kind." + k.name()); }

    /** The name of a diagnosis' kind of cause ("" for none). */
    String cause(Diagnosis d) { return d == null ? "" : get("cause." + d.kind().name()); }

    /** "ok"/"error" as the pipeline writes them; an unknown status is shown as is. */
    String fileStatus(String status) {
        return status == null ? "" : strings.getProperty("fileStatus." + status, status);
    }

    String checkStatus(boolean passed) { return get(passed ? "status.passed" : "status.failed"); }

    String section(String section) { return section == null || section.isBlank() ? get("section.none") : section; }

    /** Keys, for the test that keeps both languages complete. */
    java.util.Set<String> keys() { return strings.stringPropertyNames(); }
}
