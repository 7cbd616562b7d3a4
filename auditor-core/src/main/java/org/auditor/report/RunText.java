package org.auditor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.auditor.engine.RuleInfo;
import org.auditor.engine.Settings;

/** The run's configuration, user rules and baseline in words, the same in the console, HTML and XLSX reports. */
final class RunText {
    private RunText() {}

    /** The configuration as setting → value rows; the defaults say so in one row. */
    static Map<String, String> settings(Settings s, Labels l) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(l.get("config.source"), s.source() == null ? l.get("config.defaults") : s.source().toString());
        if (!s.disable().isEmpty()) m.put(l.get("config.disable"), String.join(", ", s.disable().stream().sorted().toList()));
        if (!s.enable().isEmpty()) m.put(l.get("config.enable"), String.join(", ", s.enable().stream().sorted().toList()));
        if (!s.severity().isEmpty()) m.put(l.get("config.severity"), pairs(s.describe().get("severity")));
        if (!s.tolerance().isEmpty()) m.put(l.get("config.tolerance"), pairs(s.describe().get("tolerance")));
        m.put(l.get("config.defaultUnit"), s.defaultUnit().label());
        return m;
    }

    /** One line: "配置 auditor.yaml：停用 SCORE；容差 SHARE=0.01；默认金额单位 万元". */
    static String settingsLine(Settings s, Labels l) {
        Map<String, String> m = settings(s, l);
        String head = m.remove(l.get("config.source"));
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + " " + v));
        String sep = l.lang().equals("zh") ? "；" : "; ";
        return l.get("config.title") + (l.lang().equals("zh") ? "：" : ": ") + head + sep + String.join(sep, parts);
    }

    /** "OPC-001 (docs/user-rules/operating-cost.drl)", or null without user rules. */
    static String userRules(RunInfo run) {
        List<RuleInfo> user = run.userRules();
        if (user.isEmpty()) return null;
        return user.stream().map(r -> r.id() + " (" + r.source() + ")").collect(Collectors.joining(", "));
    }

    static String suppressedInFile(int n, Labels l) { return l.get("config.suppressedFile").replace("{0}", String.valueOf(n)); }

    private static String pairs(Object map) {
        return ((Map<?, ?>) map).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
