package org.auditor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleBaseException;
import org.auditor.extract.TextExtractor;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User DRL files: loaded beside the built-in rules, replacing the built-in rule of the same id, refused with file and line. */
class UserRulesTest {
    /** SHARE.txt line 12: 80.00% + 21.00% = 101% — a SHARE-002 finding, a WARNING as built in. */
    static final String SHARES_OVER_100 = "2020年度收入合计500.00万元，其中：财政拨款收入400.00万元，占80.00%；其他收入100.00万元，占21.00%。";

    static final String HEADER = """
            package org.example.test;

            import java.util.List;
            import org.auditor.model.Breakdown;
            import org.auditor.model.Share;
            import org.auditor.engine.Relations;

            global org.auditor.engine.CheckSink sink;

            """;

    @Test
    void aRuleWithABuiltInIdReplacesIt(@TempDir Path dir) throws IOException {
        // a bureau that treats shares not adding up to 100% as errors
        Path drl = Files.writeString(dir.resolve("shares.drl"), HEADER + """
                rule "Shares must add up"
                    @id("SHARE-002") @family("SHARE") @severity("ERROR")
                    @description("The shares of a complete breakdown must add up to 100% (provincial rule: an error)")
                when
                    $b : Breakdown( $id : id )
                    $shares : List( size > 1 ) from collect( Share( group == $id ) )
                then
                    sink.record(kcontext, Relations.sharesTotal($b, $shares));
                end
                """);
        RuleBase rules = RuleBase.withUserRules(dir);
        assertThat(rules.rules().stream().filter(r -> r.id().equals("SHARE-002"))).singleElement().satisfies(r -> {
            assertThat(r.builtIn()).isFalse();
            assertThat(r.source()).isEqualTo(drl.toString());
            assertThat(r.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(rules.rules()).hasSize(RuleBase.builtIn().rules().size()); // replaced, not added
        List<Check> share2 = findings(rules, SHARES_OVER_100, "SHARE-002");
        assertThat(share2).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.ERROR); // was a WARNING with the built-in rule
            assertThat(c.statedValues()).containsExactlyInAnyOrder("21.00", "80.00");
        });
    }

    @Test
    void aCopyOfABuiltInFileReplacesItsRulesWithoutNameClashes(@TempDir Path dir) throws IOException {
        // the natural way to start: copy share.drl whole (same package, same rule names) and edit one rule
        String share = resource("org/auditor/rules/share.drl").replace("@id(\"SHARE-002\") @family(\"SHARE\") @severity(\"WARNING\")",
                "@id(\"SHARE-002\") @family(\"SHARE\") @severity(\"INFO\")");
        Files.writeString(dir.resolve("share.drl"), share);
        RuleBase rules = RuleBase.withUserRules(dir);
        assertThat(rules.rule("SHARE-001").builtIn()).isFalse();
        assertThat(rules.rule("SHARE-002").severity()).isEqualTo(Severity.INFO);
        assertThat(rules.rule("SUM-001").builtIn()).isTrue();
        assertThat(findings(rules, SHARES_OVER_100, "SHARE-002")).singleElement().extracting(Check::severity).isEqualTo(Severity.INFO);
        assertThat(findings(rules, SHARES_OVER_100, "SHARE-001")).hasSize(1); // 100/500 = 20% ≠ 21%: the copied rule still works
    }

    @Test
    void aSyntaxErrorNamesFileLineAndProblemBeforeCompiling(@TempDir Path dir) throws IOException {
        // line 13 of the file is "then", met while the condition opened on line 12 is still unclosed
        Path drl = Files.writeString(dir.resolve("broken.drl"), HEADER + """
                rule "X-001"
                when
                    $s : Share( percent != null
                then
                    sink.record(kcontext, Relations.share($s));
                end
                """);
        assertThat(Files.readAllLines(drl).get(13 - 1)).isEqualTo("then");
        assertThatThrownBy(() -> RuleBase.withUserRules(dir)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining(drl + ":13:").hasMessageContaining("then");
    }

    @Test
    void aTypeErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path drl = Files.writeString(dir.resolve("typo.drl"), HEADER + """
                rule "X-002"
                    @id("X-002")
                when
                    $s : Share( percnet != null )
                then
                    sink.record(kcontext, Relations.share($s));
                end
                """);
        assertThat(Files.readAllLines(drl).get(13 - 1)).contains("percnet");
        assertThatThrownBy(() -> RuleBase.withUserRules(dir)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining(drl + ":13:").hasMessageContaining("percnet");
    }

    @Test
    void badMetadataAndDuplicateIdsAreRefused(@TempDir Path dir) throws IOException {
        String rule = """
                rule "%s"
                    @id("X-003") @severity("%s")
                when
                    $s : Share()
                then
                    sink.record(kcontext, Relations.share($s));
                end
                """;
        Path a = Files.writeString(dir.resolve("a.drl"), HEADER + rule.formatted("A", "ERROR"));
        Path b = Files.writeString(dir.resolve("b.drl"), HEADER.replace("org.example.test", "org.example.other") + rule.formatted("B", "ERROR"));
        assertThatThrownBy(() -> RuleBase.withUserRules(dir)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("X-003").hasMessageContaining(a.toString()).hasMessageContaining(b.toString());
        Files.delete(b);
        Files.writeString(a, HEADER + rule.formatted("A", "FATAL"));
        assertThatThrownBy(() -> RuleBase.withUserRules(dir)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining(a + ": rule X-003: @severity must be ERROR, WARNING or INFO, not \"FATAL\"");
    }

    @Test
    void aFolderWithoutRulesIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleBase.withUserRules(dir)).hasMessageContaining("no .drl files in rule folder " + dir);
        assertThatThrownBy(() -> RuleBase.withUserRules(dir.resolve("missing"))).hasMessageContaining("no such rule folder");
    }

    @Test
    void theBuiltInRulesBuiltInTheBackgroundAreTheSameRuleBase() {
        // a scan without --rules compiles the built-in rules beside its first extractions: same rules, same version (cache key), same findings
        RuleBase background = RuleBase.startBuilding(null), direct = RuleBase.builtIn();
        assertThat(background.version()).isEqualTo(direct.version());
        assertThat(List.copyOf(background.rules())).isEqualTo(List.copyOf(direct.rules()));
        assertThat(findings(background, SHARES_OVER_100, "SHARE-002")).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.WARNING);
            assertThat(c.statedValues()).containsExactlyInAnyOrder("21.00", "80.00");
        });
    }

    @Test
    void userRulesThatDoNotCompileAreRefusedBeforeTheScanGoesOn(@TempDir Path dir) throws IOException {
        // with --rules nothing is deferred: a type error (found only by compiling, not by parsing) is thrown here
        Path drl = Files.writeString(dir.resolve("typo.drl"), HEADER + """
                rule "X-004"
                    @id("X-004")
                when
                    $s : Share( percnet != null )
                then
                    sink.record(kcontext, Relations.share($s));
                end
                """);
        assertThatThrownBy(() -> RuleBase.startBuilding(dir)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining(drl + ":13:").hasMessageContaining("percnet");
    }

    private static List<Check> findings(RuleBase rules, String text, String id) {
        FileResult r = Auditor.standard(rules).audit(TextExtractor.fromText("t.txt", "text", text, List.of()));
        return r.findings().stream().filter(c -> c.ruleId().equals(id)).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UserRulesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
