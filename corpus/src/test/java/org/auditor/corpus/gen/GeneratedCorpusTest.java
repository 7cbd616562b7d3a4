package org.auditor.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Location;
import org.auditor.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Audits the generated corpus (35 部门决算 PDFs, seed {@value #SEED}) with the real pipeline and measures
 * recall (injected faults reported: a finding of an expected family stating the fault's key values, on a
 * page where the fault was printed) and precision (every ERROR finding is caused by an injected fault; the
 * fault-free documents have none). The gate is the target: ≥ 95 % of all injected faults, and of
 * the faults the narrative shows and those only the tables show taken apart, with no unexplained ERROR.
 */
class GeneratedCorpusTest {
    static final long SEED = 20261125L;
    static final int DOCUMENTS = 35;
    static final Path OUT = Path.of(System.getProperty("user.dir")).resolve("target/generated-corpus");

    static Manifest manifest;
    static Map<String, FileResult> results = new TreeMap<>();

    @BeforeAll
    static void generateAndAudit() throws IOException {
        assumeTrue(Files.isRegularFile(CorpusGenerator.CJK_FONT), "needs " + CorpusGenerator.CJK_FONT + " (apt package fonts-wqy-microhei)");
        manifest = CorpusGenerator.generate(SEED, DOCUMENTS, OUT);
        Auditor auditor = Auditor.standard(RuleBase.builtIn());
        for (Manifest.Document d : manifest.documents()) results.put(d.file(), auditor.audit(OUT.resolve(d.file())));
    }

    /** A finding reports the fault: expected family, the key values among its stated values, on the fault's page. */
    static boolean reports(Check c, Manifest.Fault f) {
        return !c.passed() && c.severity() != Severity.INFO && f.families().contains(c.family()) && c.statedValues().containsAll(f.key())
                && (f.pages().isEmpty() || c.locations().stream().map(Location::page).anyMatch(f.pages()::contains));
    }

    /** An ERROR is explained when it states a value an injected fault changed (or whose relation it broke). */
    static boolean explained(Check c, List<Manifest.Fault> faults) {
        return faults.stream().anyMatch(f -> f.explains().stream().anyMatch(c.statedValues()::contains));
    }

    record Score(int narrative, int narrativeFound, int table, int tableFound, int errors, List<String> misses, List<String> unexplained) {
        double narrativeRecall() { return narrativeFound / (double) narrative; }
        double recall() { return (narrativeFound + tableFound) / (double) (narrative + table); }
        double tableRecall() { return table == 0 ? 1 : tableFound / (double) table; }
        double precision() { return errors == 0 ? 1 : (errors - unexplained.size()) / (double) errors; }
    }

    static Score score() {
        int narrative = 0, narrativeFound = 0, table = 0, tableFound = 0, errors = 0;
        List<String> misses = new ArrayList<>(), unexplained = new ArrayList<>();
        for (Manifest.Document d : manifest.documents()) {
            FileResult r = results.get(d.file());
            assertThat(r.ok()).as("%s: %s", d.file(), r.error()).isTrue();
            for (Manifest.Fault f : d.faults()) {
                boolean found = r.findings().stream().anyMatch(c -> reports(c, f));
                if (f.visibleIn().equals("narrative")) { narrative++; if (found) narrativeFound++; }
                else { table++; if (found) tableFound++; }
                if (!found) misses.add(d.file() + " " + f.id() + " " + f.kind() + " (" + f.visibleIn() + ", p." + f.pages() + "): " + f.relation()
                        + " — expected " + f.families() + " stating " + f.key());
            }
            for (Check c : r.findings()) {
                if (c.severity() != Severity.ERROR) continue;
                errors++;
                if (!explained(c, d.faults())) unexplained.add(d.file() + " " + c.ruleId() + " " + c.statedValues() + " " + c.locations().get(0).shortRef()
                        + ": " + c.message());
            }
        }
        return new Score(narrative, narrativeFound, table, tableFound, errors, misses, unexplained);
    }

    @Test
    void corpusIsLargeEnoughAndDeterministic() throws IOException {
        assertThat(manifest.documents()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(manifest.faultCount()).isGreaterThanOrEqualTo(100);
        assertThat(manifest.documents()).filteredOn(d -> d.faults().isEmpty()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(manifest.documents().stream().flatMap(d -> d.faults().stream()).map(Manifest.Fault::kind).distinct())
                .containsExactlyInAnyOrder("TRANSPOSED_DIGITS", "DROPPED_ROW", "DUPLICATED_ROW", "WRONG_TOTAL", "UNIT_SLIP", "WRONG_PERCENT",
                        "TEXT_VS_TABLE");
        // the same seed gives the same documents: regenerate the first three and compare manifests
        Manifest again = CorpusGenerator.generate(SEED, 3, OUT.resolveSibling("generated-corpus-again"));
        assertThat(again.documents()).isEqualTo(manifest.documents().subList(0, 3));
        assertThat(java.util.Arrays.equals(Files.readAllBytes(OUT.resolveSibling("generated-corpus-again").resolve("gen-001.pdf")),
                Files.readAllBytes(OUT.resolve("gen-001.pdf")))).as("gen-001.pdf byte for byte the same").isTrue();
    }

    @Test
    void recallAndPrecision() throws IOException {
        Score s = score();
        String report = String.format("""
                        documents: %d (%d fault-free), injected faults: %d
                        recall, faults the narrative shows: %d / %d = %.1f %%
                        recall, faults only the tables show: %d / %d = %.1f %%
                        recall, all faults: %d / %d = %.1f %%
                        precision (ERROR findings caused by an injected fault): %d / %d = %.1f %%
                        misses:
                        %s
                        unexplained ERRORs:
                        %s
                        """, manifest.documents().size(), manifest.documents().stream().filter(d -> d.faults().isEmpty()).count(),
                manifest.faultCount(), s.narrativeFound(), s.narrative(), 100 * s.narrativeRecall(), s.tableFound(), s.table(),
                s.table() == 0 ? 0.0 : 100.0 * s.tableFound() / s.table(), s.narrativeFound() + s.tableFound(), s.narrative() + s.table(),
                100 * s.recall(), s.errors() - s.unexplained().size(), s.errors(), 100 * s.precision(),
                s.misses().isEmpty() ? "  (none)" : "  " + String.join("\n  ", s.misses()),
                s.unexplained().isEmpty() ? "  (none)" : "  " + String.join("\n  ", s.unexplained()));
        System.out.println(report);
        Files.writeString(OUT.resolve("score.txt"), report);

        assertThat(s.unexplained()).as("ERROR findings no injected fault explains").isEmpty();
        assertThat(s.narrativeRecall()).as("recall on the faults the narrative shows").isGreaterThanOrEqualTo(0.95);
        assertThat(s.tableRecall()).as("recall on the faults only the tables show").isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).as("recall on all injected faults").isGreaterThanOrEqualTo(0.95);
    }
}
