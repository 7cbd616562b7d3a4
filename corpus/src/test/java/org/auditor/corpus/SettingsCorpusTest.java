package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.auditor.engine.Auditor;
import org.auditor.engine.Baseline;
import org.auditor.engine.RuleBase;
import org.auditor.engine.Settings;
import org.auditor.engine.SettingsLookup;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * auditor.yaml and baselines on the seed reports. The findings named here are the hand-verified ones of
 * corpus/expected (000 E2/E3, 001 E1, 004 E1–E4); each test says which and why the configuration changes them.
 */
class SettingsCorpusTest {
    static final Path SEEDS = Expectations.ROOT.resolve("seeds");
    static final Path S000 = SEEDS.resolve("000_df0ef339e2396859.txt"), S001 = SEEDS.resolve("001_954e3ea0abc2fe0e.txt"),
            S004 = SEEDS.resolve("004_c24299cd82a026c1.txt");

    static Auditor auditor;

    @BeforeAll
    static void build() { auditor = Auditor.standard(RuleBase.builtIn()); }

    static Settings config(Path dir, String yaml) throws IOException {
        return Settings.load(Files.writeString(dir.resolve(Settings.FILE_NAME), yaml));
    }

    static List<Check> findings(FileResult r, String rule) { return r.findings().stream().filter(c -> c.ruleId().equals(rule)).toList(); }

    @Test
    void aToleranceAcceptsDifferencesUpToItAndNoMore(@TempDir Path dir) throws IOException {
        // 004 E3: 2.21/1937.43 = 0.1141% → 0.11, stated 0.12: a difference of 0.01 percentage points.
        // 001 E1: 1305.63/1344.01 = 97.14%, stated 100: 2.86 points, far outside any such tolerance.
        Settings loose = config(dir, "tolerance: {SHARE: 0.01}\n");
        FileResult r004 = auditor.audit(S004, loose);
        assertThat(findings(r004, "SHARE-001")).isEmpty();
        assertThat(r004.passed()).anySatisfy(c -> {
            assertThat(c.statedValues()).contains("2.21", "0.12");
            assertThat(c.relation()).endsWith("(tolerance ±0.01)");
        });
        assertThat(findings(auditor.audit(S001, loose), "SHARE-001")).singleElement()
                .satisfies(c -> assertThat(c.difference()).isEqualByComparingTo("2.86"));
        Settings tight = config(dir, "tolerance: {SHARE: 0.005}\n");
        assertThat(findings(auditor.audit(S004, tight), "SHARE-001")).singleElement()
                .satisfies(c -> assertThat(c.statedValues()).contains("2.21", "0.12"));
        // only the family named: the other findings of 004 are untouched
        assertThat(auditor.audit(S004, loose).findings()).hasSize(auditor.audit(S004).findings().size() - 1);
    }

    @Test
    void disablingAFamilyRemovesItsChecksAndWhatBuildsOnThem(@TempDir Path dir) throws IOException {
        // 000 E2 and E3 are the XSEC errors of that report; its SUM-002 error E1 stays
        FileResult r = auditor.audit(S000, config(dir, "disable: [XSEC]\n"));
        FileResult all = auditor.audit(S000);
        assertThat(r.checks()).noneMatch(c -> c.family().equals("XSEC"));
        // the same findings, by rule, values and message (their diagnoses may differ: "the same gap as another
        // finding" has no other finding to point at once XSEC is off)
        java.util.function.Function<Check, String> key = c -> c.ruleId() + " " + c.severity() + " " + c.statedValues() + " " + c.message();
        assertThat(r.findings()).map(key).containsExactlyElementsOf(all.findings().stream().filter(c -> !c.family().equals("XSEC")).map(key).toList());
        assertThat(findings(r, "SUM-002")).singleElement().satisfies(c -> assertThat(c.statedValues()).contains("2842.81"));
        // 004 E1/E2 are unit slips found on broken sums: without the SUM rules there is no broken sum to explain
        FileResult noSums = auditor.audit(S004, config(dir, "disable: [SUM]\n"));
        assertThat(noSums.checks()).noneMatch(c -> c.family().equals("SUM") || c.family().equals("UNIT"));
        assertThat(findings(auditor.audit(S004), "UNIT-001")).hasSize(2);
        // everything off but one rule
        FileResult only = auditor.audit(S000, config(dir, "disable: ['*']\nenable: [SUM-002]\n"));
        assertThat(only.checks()).isNotEmpty().allMatch(c -> c.ruleId().equals("SUM-002"));
    }

    @Test
    void severitiesChangeButCaseCapsStay(@TempDir Path dir) throws IOException {
        Settings s = config(dir, "severity:\n  SHARE: WARNING\n  RATE-002: ERROR\n");
        // 001 E1 (SHARE-001, an ERROR as built in) becomes a warning
        assertThat(findings(auditor.audit(S001, s), "SHARE-001")).singleElement().extracting(Check::severity).isEqualTo(Severity.WARNING);
        // 001 E2/E3: 0 of a zero budget called 100% — RATE-002 caps that case at WARNING whatever the rule's severity
        assertThat(findings(auditor.audit(S001, s), "RATE-002")).hasSize(2).allMatch(c -> c.severity() == Severity.WARNING);
    }

    @Test
    void aBaselineSuppressesKnownFindingsUntilTheFileChanges(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        List<Path> copies = new ArrayList<>();
        for (Path seed : List.of(S000, S001, S004)) copies.add(Files.copy(seed, reports.resolve(seed.getFileName())));
        List<FileResult> first = copies.stream().map(auditor::audit).toList();
        int total = first.stream().mapToInt(r -> r.findings().size()).sum();
        Path file = dir.resolve("baseline.yaml");
        Baseline.write(first, file);
        Baseline baseline = Baseline.load(file);
        assertThat(baseline.entries()).hasSize(total);
        assertThat(baseline.entries()).allSatisfy(e -> assertThat(e.sha256()).isEqualTo(Baseline.sha256(Path.of(e.file()))));

        // the same files again: nothing new, every known finding counted as suppressed
        Baseline.Applied again = baseline.apply(copies.stream().map(auditor::audit).toList());
        assertThat(again.results()).allSatisfy(r -> assertThat(r.findings()).isEmpty());
        assertThat(again.suppressed().total()).isEqualTo(total);
        assertThat(again.suppressed().of(copies.get(0).toString())).isEqualTo(first.get(0).findings().size());
        assertThat(again.results().get(1).passed()).isEqualTo(first.get(1).passed()); // passed checks are untouched

        // a line added on top of 000 moves every line number but changes the file: its findings come back
        String text = Files.readString(copies.get(0));
        Files.writeString(copies.get(0), "（修订稿）\n" + text);
        Baseline.Applied edited = baseline.apply(copies.stream().map(auditor::audit).toList());
        assertThat(edited.results().get(0).findings()).hasSize(first.get(0).findings().size());
        assertThat(edited.suppressed().of(copies.get(0).toString())).isZero();
        assertThat(edited.results().get(2).findings()).isEmpty();
    }

    @Test
    void eachEntryAcceptsOneFindingAndTheKeyIsRuleAndValuesNotTheLine(@TempDir Path dir) throws IOException {
        // 004 E4: 公用车 69辆 (l.134) against 20辆 stated twice (l.146, l.165) — two XSEC-001 findings with the same values
        Path copy = Files.copy(S004, dir.resolve(S004.getFileName()));
        FileResult r = auditor.audit(copy);
        List<Check> cars = findings(r, "XSEC-001").stream().filter(c -> c.statedValues().equals(List.of("69", "20"))).toList();
        assertThat(cars).hasSize(2);
        String hash = Baseline.sha256(copy);
        Path file = dir.resolve("baseline.yaml");
        Files.writeString(file, """
                findings:
                  - sha256: %s
                    rule: XSEC-001
                    values: ["69", "20"]
                    note: accepted once, for the line-146 statement
                  - sha256: %s
                    rule: XSEC-001
                    values: ["20", "69"]   # the values in another order are another finding
                """.formatted(hash, hash));
        Baseline.Applied applied = Baseline.load(file).apply(List.of(r));
        assertThat(applied.suppressed().total()).isEqualTo(1);
        assertThat(findings(applied.results().get(0), "XSEC-001").stream().filter(c -> c.statedValues().equals(List.of("69", "20"))))
                .hasSize(1);
        assertThat(applied.results().get(0).findings()).hasSize(r.findings().size() - 1);
    }

    @Test
    void theScannedFoldersAuditorYamlApplies(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports/city"));
        Path copy = Files.copy(S004, reports.resolve(S004.getFileName()));
        Files.writeString(dir.resolve("reports/auditor.yaml"), "tolerance: {SHARE: 0.01}\n");
        SettingsLookup lookup = SettingsLookup.of(List.of(dir.resolve("reports")), null);
        assertThat(lookup.prepare(List.of(copy), auditor.ruleBase().rules())).hasSize(1);
        assertThat(findings(auditor.audit(copy, lookup.forFile(copy)), "SHARE-001")).isEmpty();
        assertThat(lookup.runWide().describe()).containsEntry("tolerance", Map.of("SHARE", new java.math.BigDecimal("0.01")));
    }

    @Test
    void theDocumentedExampleConfigurationIsValidAndDoesWhatItSays() {
        Settings example = Settings.load(Expectations.ROOT.getParent().resolve("docs/auditor.example.yaml"));
        example.validate(auditor.ruleBase().rules());
        assertThat(example.enabled("XSEC-001", "XSEC")).isTrue(); // enabled by id inside a disabled family
        assertThat(example.enabled("SCORE-001", "SCORE")).isFalse();
        FileResult r = auditor.audit(S004, example);
        assertThat(findings(r, "SHARE-001")).isEmpty(); // 004 E3 (0.01 points) within the SHARE tolerance
        assertThat(findings(r, "XSEC-001")).hasSize(2);  // 004 E4 still found
        assertThat(r.findings()).filteredOn(c -> c.family().equals("RATE")).isNotEmpty().allMatch(c -> c.severity() == Severity.WARNING);
    }
}
