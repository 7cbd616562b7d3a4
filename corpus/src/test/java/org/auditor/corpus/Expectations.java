package org.auditor.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.Location;
import org.auditor.model.Severity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A corpus document's hand-verified expectations ({@code corpus/expected/*.yaml}): the findings it must
 * produce and the near-miss relations that hold and must not be reported as errors.
 */
record Expectations(String file, List<Expected> expected, List<Holds> holds) {
    record Expected(String id, String family, Severity severity, String source, List<Integer> lines, List<String> values,
                    String arithmetic, Diagnosed diagnosis) {
        /** A finding meets this expectation: same family, every key value among its stated values, on one of the lines. */
        boolean matches(Check c) {
            return c.family().equals(family) && c.statedValues().containsAll(values)
                    && c.locations().stream().map(Location::line).anyMatch(lines::contains);
        }
    }

    /**
     * The likely cause worked out by hand for an expected finding: the kind, the value the report meant
     * (null when the cause implies none) and why.
     */
    record Diagnosed(Diagnosis.Kind kind, String correctedValue, String why) {}

    record Holds(String family, List<Integer> lines, List<String> values, String arithmetic, Note note) {
        boolean violatedBy(Check c) {
            return !c.passed() && c.severity() == Severity.ERROR && c.family().equals(family) && c.statedValues().containsAll(values);
        }
    }

    /** A note a passed check must carry (a total that holds only within rounding), on the check with these values. */
    record Note(Diagnosis.Kind kind, List<String> values, String why) {
        boolean on(Check c, String family, List<Integer> lines) {
            return c.passed() && c.family().equals(family) && c.statedValues().containsAll(values)
                    && c.locations().stream().map(Location::line).anyMatch(lines::contains);
        }
    }

    static final Path ROOT = Path.of("").toAbsolutePath();

    static List<Expectations> all() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Expectations> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT.resolve("expected"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Expectations e = yaml.readValue(p.toFile(), Expectations.class);
                out.add(new Expectations(e.file(), e.expected() == null ? List.of() : e.expected(), e.holds() == null ? List.of() : e.holds()));
            }
        }
        return out;
    }

    Path seed() { return ROOT.resolve("seeds").resolve(file); }
}
