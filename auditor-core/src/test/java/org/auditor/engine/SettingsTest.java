package org.auditor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditor.model.MoneyUnit;
import org.auditor.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** auditor.yaml: what each key does, which file applies to which report, and the errors a typo gets. */
class SettingsTest {
    static final List<RuleInfo> RULES = List.of(
            new RuleInfo("SUM-001", "SUM", Severity.ERROR, "", "sum.drl"),
            new RuleInfo("SUM-002", "SUM", Severity.ERROR, "", "sum.drl"),
            new RuleInfo("SHARE-002", "SHARE", Severity.WARNING, "", "share.drl"),
            new RuleInfo("SCORE-001", "SCORE", Severity.ERROR, "", "score.drl"));

    @Test
    void everyKey(@TempDir Path dir) throws IOException {
        Settings s = Settings.load(Files.writeString(dir.resolve("auditor.yaml"), """
                # a bureau's conventions
                disable: [SCORE, SUM]
                enable: SUM-002            # a single value is a list of one
                severity:
                  SHARE-002: error
                  SUM: WARNING
                tolerance:
                  SHARE: 0.01
                  SUM-002: 0.5
                defaultUnit: 元
                """));
        s.validate(RULES);
        assertThat(s.enabled("SCORE-001", "SCORE")).isFalse();
        assertThat(s.enabled("SUM-001", "SUM")).isFalse();
        assertThat(s.enabled("SUM-002", "SUM")).isTrue(); // the id is more specific than its family
        assertThat(s.enabled("SHARE-002", "SHARE")).isTrue();
        assertThat(s.severity("SHARE-002", "SHARE", Severity.WARNING)).isEqualTo(Severity.ERROR);
        assertThat(s.severity("SUM-002", "SUM", Severity.ERROR)).isEqualTo(Severity.WARNING);
        assertThat(s.severity("SCORE-001", "SCORE", Severity.ERROR)).isEqualTo(Severity.ERROR);
        assertThat(s.tolerance("SHARE-001", "SHARE")).isEqualByComparingTo("0.01");
        assertThat(s.tolerance("SHARE-001", "SHARE").scale()).isEqualTo(2); // read as written, not through a double
        assertThat(s.tolerance("SUM-002", "SUM")).isEqualByComparingTo("0.5");
        assertThat(s.tolerance("SUM-001", "SUM")).isNull();
        assertThat(s.defaultUnit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(s.apply(RULES)).extracting(RuleInfo::id, RuleInfo::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUM-002", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("SHARE-002", Severity.ERROR));
        assertThat(s.describe()).containsEntry("disable", List.of("SCORE", "SUM")).containsEntry("defaultUnit", "元")
                .containsEntry("tolerance", java.util.Map.of("SHARE", new BigDecimal("0.01"), "SUM-002", new BigDecimal("0.5")));
    }

    @Test
    void everythingOffButOneRule(@TempDir Path dir) throws IOException {
        Settings s = Settings.load(Files.writeString(dir.resolve("auditor.yaml"), "disable: ['*']\nenable: [SUM-002]\n"));
        assertThat(s.apply(RULES)).extracting(RuleInfo::id).containsExactly("SUM-002");
    }

    @Test
    void anEmptyFileIsTheDefaults(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("auditor.yaml"), "# nothing yet\n");
        Settings s = Settings.load(f);
        assertThat(s.isDefault()).isTrue();
        assertThat(s.source()).isEqualTo(f);
        assertThat(Settings.defaults().defaultUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    }

    @Test
    void mistakesAreNamedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("auditor.yaml");
        Files.writeString(f, "severity:\n  SUM: ERROR\ndisabel: [SCORE]\n");
        assertThatThrownBy(() -> Settings.load(f)).isInstanceOf(SettingsException.class)
                .hasMessageContaining(f + ":3: unknown key \"disabel\"");
        Files.writeString(f, "severity: {SUM: FATAL}\n");
        assertThatThrownBy(() -> Settings.load(f)).hasMessageContaining("severity of SUM must be ERROR, WARNING or INFO");
        Files.writeString(f, "tolerance: {SUM: -1}\n");
        assertThatThrownBy(() -> Settings.load(f)).hasMessageContaining("tolerance of SUM must be a number ≥ 0");
        Files.writeString(f, "defaultUnit: 千元\n");
        assertThatThrownBy(() -> Settings.load(f)).hasMessageContaining("defaultUnit must be 元, 万元 or 亿元");
        Files.writeString(f, "disable: [SUM]\nenable: [SUM]\n");
        assertThatThrownBy(() -> Settings.load(f)).hasMessageContaining("\"SUM\" is both disabled and enabled");
        Files.writeString(f, "disable: [SUMM, SCORE-001]\ntolerance: {SHARE-009: 1}\n");
        Settings typo = Settings.load(f);
        // SCORE-001 exists: only the two misspelt keys are named
        assertThatThrownBy(() -> typo.validate(RULES)).hasMessageContaining(f + ": no rule or family disable: SUMM, tolerance: SHARE-009 (known: ");
    }

    @Test
    void theNearestFileUpToTheScanRootApplies(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("scan"));
        Path province = Files.createDirectories(root.resolve("province/city"));
        Files.writeString(dir.resolve("auditor.yaml"), "defaultUnit: 亿元\n"); // above the scan root: never read
        Files.writeString(root.resolve("auditor.yaml"), "disable: [SCORE]\n");
        Files.writeString(root.resolve("province/auditor.yaml"), "defaultUnit: 元\n");
        Path top = Files.writeString(root.resolve("a.txt"), "x");
        Path deep = Files.writeString(province.resolve("b.txt"), "x");
        SettingsLookup lookup = SettingsLookup.of(List.of(root), null);
        assertThat(lookup.forFile(top).disable()).containsExactly("SCORE");
        assertThat(lookup.forFile(deep).defaultUnit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(lookup.forFile(deep).disable()).isEmpty(); // the nearest file wins whole, it is not merged
        assertThat(lookup.runWide()).isEqualTo(lookup.forFile(top));
        assertThat(lookup.differing(List.of(top, deep))).containsOnlyKeys(deep.toString());
        // a file given on its own: its folder is the root, the folder above is not looked at
        SettingsLookup single = SettingsLookup.of(List.of(deep), null);
        assertThat(single.forFile(deep)).isEqualTo(Settings.defaults());
        // --config wins over every auditor.yaml
        Path explicit = Files.writeString(dir.resolve("other.yaml"), "tolerance: {SUM: 1}\n");
        SettingsLookup given = SettingsLookup.of(List.of(root), explicit);
        assertThat(given.forFile(deep).tolerance("SUM-001", "SUM")).isEqualByComparingTo("1");
        assertThat(given.runWide().source()).isEqualTo(explicit);
        assertThat(given.differing(List.of(top, deep))).isEmpty();
    }
}
