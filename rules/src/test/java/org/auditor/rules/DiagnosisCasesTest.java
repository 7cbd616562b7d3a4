package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.extract.TextExtractor;
import org.auditor.model.Check;
import org.auditor.model.Diagnosis;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The likely causes on annotated cases (src/test/resources/cases/DIAGNOSIS.txt): each case is a seed sentence
 * altered by one known slip, audited as a document of its own by the real rule base and diagnoser; its
 * "# expect:" lines give, for every finding it produces, the cause and the value the report meant, worked out by
 * hand; "# note:" lines the note a passed check must carry.
 */
class DiagnosisCasesTest {
    private static final Pattern EXPECT = Pattern.compile("^# (expect|note): (\\S+)@\\+(\\d+) (\\S+)(?: (\\S+))?$");
    static Auditor auditor;

    /** One expectation: the rule, the sentence (0-based after the comments), the kind, the value meant (null: none). */
    record Expect(boolean note, String rule, int sentence, Diagnosis.Kind kind, String value) {}

    /** One case: its title, its sentences and what they must produce. */
    record Case(String title, List<String> sentences, List<Expect> expects) {
        @Override public String toString() { return title; }
    }

    @BeforeAll
    static void build() { auditor = Auditor.standard(RuleBase.builtIn()); }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        Case cur = null;
        for (String line : resource("cases/DIAGNOSIS.txt").split("\n")) {
            if (line.startsWith("## ")) {
                cur = new Case(line.substring(3), new ArrayList<>(), new ArrayList<>());
                out.add(cur);
                continue;
            }
            if (cur == null) continue;
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) {
                String v = m.group(5);
                cur.expects().add(new Expect(m.group(1).equals("note"), m.group(2), Integer.parseInt(m.group(3)),
                        Diagnosis.Kind.valueOf(m.group(4)), v == null || v.equals("-") ? null : v));
            } else if (!line.startsWith("#") && !line.isBlank()) {
                cur.sentences().add(line);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFindingCarriesTheCauseWorkedOutByHand(Case c) {
        FileResult r = auditor.audit(TextExtractor.fromText("case.txt", "text", String.join("\n", c.sentences()), List.of()));
        List<Check> covered = new ArrayList<>();
        for (Expect e : c.expects()) {
            List<Check> hits = r.checks().stream()
                    .filter(k -> k.ruleId().equals(e.rule()) && k.passed() == e.note() && k.locations().get(0).line() == e.sentence() + 1)
                    .toList();
            assertThat(hits).as("%s: %s on sentence %d", c.title(), e.rule(), e.sentence()).isNotEmpty();
            for (Check k : hits) {
                Diagnosis d = k.diagnosis();
                assertThat(d).as("%s: %s", c.title(), k.message()).isNotNull();
                String got = d.kind() + " " + d.correctedValue() + " — " + d.explanation();
                assertThat(d.kind()).as("%s: %s → %s", c.title(), k.message(), got).isEqualTo(e.kind());
                assertThat(d.correctedValue()).as("%s: %s → %s", c.title(), k.message(), got).isEqualTo(e.value());
                assertThat(d.explanation()).isNotBlank();
            }
            covered.addAll(hits);
        }
        List<String> unexpected = r.findings().stream()
                .filter(k -> k.severity() != Severity.INFO && !covered.contains(k))
                .map(k -> k.ruleId() + "@" + k.locations().get(0).line() + " " + k.message() + " → " + k.diagnosis().kind())
                .toList();
        assertThat(unexpected).as("%s: findings without a worked-out cause", c.title()).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DiagnosisCasesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
