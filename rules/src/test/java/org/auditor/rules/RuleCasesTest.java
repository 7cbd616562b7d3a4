package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.extract.TextExtractor;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One annotated input per rule family (src/test/resources/cases/FAMILY.txt), in the manner of Checkstyle
 * and PMD: the file's "# expect: RULE@LINE [SEVERITY]" lines list every finding of that family it must
 * produce (ERROR unless a severity is given); each rule of the family must have evaluated a relation there,
 * and relations that hold are checked too (UNIT-001 only speaks when it explains a broken sum).
 */
class RuleCasesTest {
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+)@(\\d+)(?: (ERROR|WARNING|INFO))?$");
    static Auditor auditor;
    static RuleBase ruleBase;

    @BeforeAll
    static void build() {
        ruleBase = RuleBase.builtIn();
        auditor = Auditor.standard(ruleBase);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SUM", "SHARE", "YOY", "RATE", "XSEC", "UNIT", "SCORE", "TAB"})
    void familyProducesExactlyTheAnnotatedFindings(String family) throws IOException {
        String text = resource("cases/" + family + ".txt");
        Set<String> expected = new TreeSet<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) expected.add(m.group(1) + "@" + m.group(2) + " " + (m.group(3) == null ? "ERROR" : m.group(3)));
            lines.add(line.startsWith("#") ? "" : line); // comments become blank lines: numbering stays
        }
        FileResult r = auditor.audit(TextExtractor.fromText(family + ".txt", "text", String.join("\n", lines), List.of()));
        Set<String> actual = new TreeSet<>();
        for (Check c : r.findings()) {
            if (!c.family().equals(family) || c.severity() == Severity.INFO) continue;
            actual.add(c.ruleId() + "@" + c.locations().get(0).line() + " " + c.severity());
        }
        assertThat(actual).as("findings of %s: %s", family, r.findings().stream().map(Check::message).toList()).isEqualTo(expected);
        Set<String> evaluated = new TreeSet<>();
        r.checks().forEach(c -> evaluated.add(c.ruleId()));
        ruleBase.rules().stream().filter(i -> i.family().equals(family)).forEach(i ->
                assertThat(evaluated).as("rule %s evaluated nothing in its case file", i.id()).contains(i.id()));
        // the case files show the work: most relations in them hold
        assertThat(r.passed().stream().filter(c -> c.family().equals(family)).count())
                .as("%s: relations that hold", family).isGreaterThanOrEqualTo(family.equals("UNIT") ? 0 : 2);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RuleCasesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
