package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleInfo;
import org.auditor.extract.TextExtractor;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.auditor.report.RuleReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules' documentation is true: every rule (built-in, and the example user rule in docs/) is
 * documented, its @example run through the real pipeline triggers it, its @counterexample is checked by
 * it and passes; and docs/rules.md is what the rules generate.
 */
class RuleDocumentationTest {
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final Path USER_RULES = REPO.resolve("docs/user-rules");
    static Auditor auditor;

    @BeforeAll
    static void build() {
        // the built-in rules plus the documented example user rule: one rule base serves both
        auditor = Auditor.standard(RuleBase.withUserRules(USER_RULES));
    }

    static Stream<RuleInfo> rules() { return auditor.ruleBase().rules().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleIsDocumented(RuleInfo r) {
        assertThat(List.of(r.description(), r.doc().details(), r.doc().formula(), r.doc().rounding(), r.doc().example(),
                r.doc().counterexample())).as(r.id()).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(RuleReference.show(r)).contains(r.id(), r.description(), r.doc().formula(), r.doc().example().lines().findFirst().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theExampleTriggersTheRule(RuleInfo r) {
        FileResult res = audit(r.id() + "-example", r.doc().example());
        assertThat(res.findings()).as("%s example: %s", r.id(), res.checks())
                .anyMatch(c -> c.ruleId().equals(r.id()) && c.severity() != Severity.INFO);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theCounterexampleIsCheckedAndPasses(RuleInfo r) {
        FileResult res = audit(r.id() + "-counterexample", r.doc().counterexample());
        assertThat(res.findings()).as("%s counterexample", r.id()).noneMatch(c -> c.ruleId().equals(r.id()));
        if (r.id().equals("UNIT-001")) {
            // UNIT-001 only ever speaks about a broken sum: its counterexample is one that no unit slip explains
            assertThat(res.findings()).as("UNIT-001 counterexample").anyMatch(c -> c.family().equals("SUM") && c.severity() == Severity.ERROR);
        } else {
            assertThat(res.passed()).as("%s counterexample must be evaluated by the rule: %s", r.id(), res.checks())
                    .anyMatch(c -> c.ruleId().equals(r.id()));
        }
    }

    @Test
    void theRuleReferenceInDocsIsWhatTheRulesGenerate() throws IOException {
        String generated = RuleReference.markdown(builtIns());
        String checkedIn = Files.readString(REPO.resolve("docs/rules.md"), StandardCharsets.UTF_8);
        assertThat(checkedIn).as("docs/rules.md is out of date: run %s", RuleReference.REGENERATE).isEqualTo(generated);
    }

    @Test
    void theReferenceListsEveryBuiltInRuleOnce() {
        String md = RuleReference.markdown(builtIns());
        for (String id : List.of("SUM-001", "SUM-002", "SHARE-001", "SHARE-002", "YOY-001", "YOY-002", "YOY-003", "RATE-001",
                "RATE-002", "RATE-003", "XSEC-001", "UNIT-001", "SCORE-001")) {
            assertThat(md).contains("\n## " + id + "\n").contains("| [" + id + "](#" + id.toLowerCase() + ") |");
        }
        assertThat(md).doesNotContain("PROV-001");
    }

    /** The built-in rules as `auditor rules --markdown` sees them (the example user rule replaces none of them). */
    private static List<RuleInfo> builtIns() { return rules().filter(RuleInfo::builtIn).toList(); }

    private static FileResult audit(String name, String text) {
        FileResult r = auditor.audit(TextExtractor.fromText(name + ".txt", "text", text, List.of()));
        assertThat(r.ok()).isTrue();
        return r;
    }
}
