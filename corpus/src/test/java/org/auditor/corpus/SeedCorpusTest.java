package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void relationsThatHoldWithinRoundingAreNeverErrors(Expectations exp) {
        FileResult r = auditor.audit(exp.seed());
        for (Expectations.Holds h : exp.holds()) {
            assertThat(r.findings()).as("%s holds: %s", exp.file(), h.arithmetic()).noneMatch(h::violatedBy);
        }
    }
}
