package org.auditor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Quantity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON contract other tools read: {"tool", "config":{source, disable, enable, severity, tolerance,
 * defaultUnit, userRules}, "baseline":{file, suppressed} (with --baseline), "files":[{path, status, error,
 * kind, entity, year, checks, suppressed (with --baseline), config (when the file's differs from the
 * run's), findings:[{ruleId, severity, message, statedValues, expected, difference, locations:[{page,
 * line, snippet}], diagnosis:{kind, explanation, correctedValue, evidence:[{value, label, page, line}]}}],
 * passed:[…]}]}. Every finding has a diagnosis (kind UNKNOWN when no cause fits); a passed check has one
 * only for a rounding note. Keep these names stable.
 */
public final class JsonReportWriter implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Override public String format() { return "json"; }

    @Override public void write(List<FileResult> results, RunInfo run, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(results, run));
        out.write('\n');
        out.flush();
    }

    public static Map<String, Object> toTree(List<FileResult> results, RunInfo run) {
        List<Object> files = new ArrayList<>();
        for (FileResult r : results) files.add(file(r, run));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "auditor " + run.version());
        Map<String, Object> config = new LinkedHashMap<>(run.settings().describe());
        List<Object> userRules = new ArrayList<>();
        for (var u : run.userRules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u.id());
            m.put("file", u.source());
            userRules.add(m);
        }
        config.put("userRules", userRules);
        root.put("config", config);
        if (run.suppressed().baseline() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("file", run.suppressed().baseline().toString());
            b.put("suppressed", run.suppressed().total());
            root.put("baseline", b);
        }
        root.put("files", files);
        return root;
    }

    private static Map<String, Object> file(FileResult r, RunInfo run) {
        boolean includePassed = run.includePassed();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", r.path());
        m.put("status", r.status());
        m.put("error", r.error());
        m.put("kind", r.kind() == null ? null : r.kind().label());
        m.put("entity", r.entity());
        m.put("year", r.year());
        m.put("pages", r.pages());
        m.put("checks", r.checks().size());
        if (run.suppressed().baseline() != null) m.put("suppressed", run.suppressed().of(r.path()));
        if (run.fileSettings().containsKey(r.path())) m.put("config", run.settingsOf(r.path()).describe());
        m.put("findings", r.findings().stream().map(JsonReportWriter::check).toList());
        if (includePassed) m.put("passed", r.passed().stream().map(JsonReportWriter::check).toList());
        return m;
    }

    static Map<String, Object> check(Check c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", c.ruleId());
        m.put("severity", c.passed() ? null : c.severity().name());
        m.put("message", c.message());
        m.put("relation", c.relation());
        m.put("statedValues", c.statedValues());
        m.put("expected", num(c.expected()));
        m.put("difference", num(c.difference()));
        List<Object> locs = new ArrayList<>();
        for (Location l : c.locations()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("page", l.page() > 0 ? l.page() : null);
            lm.put("line", l.line());
            lm.put("section", l.section());
            if (l.cell() != null) lm.put("cell", l.cell());
            lm.put("snippet", l.snippet());
            if (l.box() != null) lm.put("box", List.of(l.box().x(), l.box().y(), l.box().width(), l.box().height()));
            locs.add(lm);
        }
        m.put("locations", locs);
        if (c.diagnosis() != null) m.put("diagnosis", diagnosis(c.diagnosis()));
        return m;
    }

    static Map<String, Object> diagnosis(Diagnosis d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().name());
        m.put("explanation", d.explanation());
        m.put("correctedValue", d.correctedValue());
        List<Object> evidence = new ArrayList<>();
        for (Quantity q : d.evidence()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("value", q.display());
            e.put("label", q.label());
            e.put("page", q.location().page() > 0 ? q.location().page() : null);
            e.put("line", q.location().line());
            evidence.add(e);
        }
        m.put("evidence", evidence);
        return m;
    }

    private static BigDecimal num(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}
