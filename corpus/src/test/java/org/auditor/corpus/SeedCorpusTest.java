package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the auditor to the hand-verified expectations of the seed reports: every expected finding is
 * reported (same family, values and line, same severity), no ERROR is reported that is not expected, and
 * no relation that holds within rounding is reported as an error.
 */
class SeedCorpusTest {
    /** Expectation sources the auditor reads today; table expectations join when tables are parsed. */
    static final Set<String> SUPPORTED_SOURCES = Set.of("narrative", "table");

    static Auditor auditor;

    @BeforeAll
    static void buildRuleBase() { auditor = Auditor.standard(RuleBase.builtIn()); }

    static Stream<Expectations> seeds() throws Exception { return Expectations.all().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsEveryExpectedFindingAndNoUnexpectedError(Expectations exp) {
        FileResult r = auditor.audit(exp.seed());
        assertThat(r.ok()).as("audit of %s: %s", exp.file(), r.error()).isTrue();
        List<String> missed = new ArrayList<>();
        for (Expectations.Expected e : exp.expected()) {
            if (!SUPPORTED_SOURCES.contains(e.source())) continue;
            Check hit = r.findings().stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) missed.add(e.id() + " " + e.family() + " " + e.values() + " l." + e.lines() + ": " + e.arithmetic());
            else assertThat(hit.severity()).as("severity of %s %s", e.id(), hit.message()).isEqualTo(e.severity());
        }
        assertThat(missed).as("expected findings missed in %s", exp.file()).isEmpty();
        List<String> unexpected = r.findings().stream()
                .filter(c -> c.severity() == Severity.ERROR)
                .filter(c -> exp.expected().stream().noneMatch(e -> e.matches(c)))
                .map(c -> c.ruleId() + " " + c.statedValues() + " l." + c.locations().get(0).line() + ": " + c.message())
                .toList();
        assertThat(unexpected).as("unexpected ERROR findings in %s", exp.file()).isEmpty();
    }

    /**
     * Every finding that meets an expectation carries the diagnosis worked out by hand for it (kind and the
     * value the report meant), and every expectation the auditor can meet has one written down.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyExpectedFindingCarriesTheHandWorkedDiagnosis(Expectations exp) {
        FileResult r = auditor.audit(exp.seed());
        for (Expectations.Expected e : exp.expected()) {
            if (!SUPPORTED_SOURCES.contains(e.source())) continue;
            assertThat(e.diagnosis()).as("%s %s: diagnosis worked out by hand", exp.file(), e.id()).isNotNull();
            List<Check> hits = r.findings().stream().filter(e::matches).toList();
            assertThat(hits).as("%s %s", exp.file(), e.id()).isNotEmpty();
            for (Check hit : hits) {
                assertThat(hit.diagnosis()).as("%s %s", exp.file(), e.id()).isNotNull();
                String got = hit.diagnosis().kind() + " " + hit.diagnosis().correctedValue() + " — " + hit.diagnosis().explanation();
                assertThat(hit.diagnosis().kind()).as("%s %s: %s", exp.file(), e.id(), got).isEqualTo(e.diagnosis().kind());
                assertThat(hit.diagnosis().correctedValue()).as("%s %s: %s", exp.file(), e.id(), got).isEqualTo(e.diagnosis().correctedValue());
            }
        }
    }

    /** Passed checks get at most a rounding note, never a cause; the notes worked out by hand are there. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void passedChecksCarryAtMostARoundingNote(Expectations exp) {
        FileResult r = auditor.audit(exp.seed());
        for (Expectations.Holds h : exp.holds()) {
            if (h.note() == null) continue;
            assertThat(r.passed()).as("%s note: %s", exp.file(), h.note().why())
                    .anySatisfy(c -> {
                        assertThat(h.note().on(c, h.family(), h.lines())).isTrue();
                        assertThat(c.diagnosis()).isNotNull();
                        assertThat(c.diagnosis().kind()).isEqualTo(h.note().kind());
                    });
        }
        assertThat(r.passed()).allSatisfy(c -> assertThat(c.diagnosis() == null || c.diagnosis().kind() == Diagnosis.Kind.ROUNDING).isTrue());
        assertThat(r.findings()).allSatisfy(c -> assertThat(c.diagnosis()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void relationsThatHoldWithinRoundingAreNeverErrors(Expectations exp) {
        FileResult r = auditor.audit(exp.seed());
        for (Expectations.Holds h : exp.holds()) {
            assertThat(r.findings()).as("%s holds: %s", exp.file(), h.arithmetic()).noneMatch(h::violatedBy);
        }
    }
}
