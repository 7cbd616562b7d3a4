package org.auditor.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.extract.ExtractionException;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.model.Quantity;
import org.auditor.model.Report;
import org.auditor.model.Severity;
import org.auditor.model.Table;
import org.auditor.model.TableKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The nine 部门决算 tables read from DOCX and XLSX as from PDF: six generated documents (seed
 * {@value GeneratedCorpusTest#SEED}; one fault-free, five with faults in their tables) rendered from the same
 * draft as PDF, as DOCX (narrative and Word tables) and as XLSX (the tables, one sheet each), must give the same
 * tables (kind and every cell: row, column header, printed value) and the same table findings (rule id, severity,
 * stated values), and every injected table fault must be reported in every format.
 *
 * <p>Documented exception: the workbook holds no narrative, so a fault only the narrative shows against the
 * tables (TEXT_VS_TABLE, and the XSEC restatements of a table by the narrative) cannot be found in the XLSX;
 * its findings are compared on the tables' own relations (findings whose numbers are all table cells).
 */
class GeneratedFormatsTest {
    /** gen-000 fault-free; 009, 012, 018, 019, 022 with TRANSPOSED_DIGITS, DROPPED_ROW, DUPLICATED_ROW, WRONG_TOTAL in tables. */
    static final List<Integer> DOCUMENTS = List.of(0, 9, 12, 18, 19, 22);
    static final Path OUT = Path.of(System.getProperty("user.dir")).resolve("target/generated-formats");
    static final List<String> FORMATS = List.of("pdf", "docx", "xlsx");
    /** A number of one of the tables TableParser reads ("t3r5c2"). */
    static final Pattern TABLE_CELL = Pattern.compile("^t\\d+r\\d+c\\d+$");

    static Manifest manifest;
    /** file name (gen-009.docx) → result and model. */
    static final Map<String, FileResult> results = new TreeMap<>();
    static final Map<String, Report> models = new TreeMap<>();

    @BeforeAll
    static void generateAndAudit() throws IOException, ExtractionException {
        assumeTrue(Files.isRegularFile(CorpusGenerator.CJK_FONT), "needs " + CorpusGenerator.CJK_FONT + " (apt package fonts-wqy-microhei)");
        manifest = CorpusGenerator.generate(GeneratedCorpusTest.SEED, DOCUMENTS, OUT, true);
        Auditor auditor = Auditor.standard(RuleBase.builtIn());
        for (Manifest.Document d : manifest.documents()) {
            for (String f : FORMATS) {
                String file = file(d, f);
                results.put(file, auditor.audit(OUT.resolve(file)));
                models.put(file, auditor.model(OUT.resolve(file)));
            }
        }
    }

    static String file(Manifest.Document d, String format) { return d.file().replace(".pdf", "." + format); }

    static boolean tableCell(Quantity q) { return TABLE_CELL.matcher(q.id()).matches(); }

    /** Findings as rule, severity and stated values; {@code tablesOnly}: those whose numbers are all table cells. */
    static Set<String> findings(String file, boolean tablesOnly) {
        FileResult r = results.get(file);
        assertThat(r.ok()).as("%s: %s", file, r.error()).isTrue();
        Set<String> out = new TreeSet<>();
        for (Check c : r.findings()) {
            if (tablesOnly && !c.involved().stream().allMatch(GeneratedFormatsTest::tableCell)) continue;
            out.add(c.ruleId() + " " + c.severity() + " " + c.statedValues());
        }
        return out;
    }

    /** Every cell of the nine tables: kind, row label, column header, printed value. */
    static List<String> cells(String file) {
        List<String> out = new ArrayList<>();
        for (Table t : models.get(file).tables()) {
            if (t.kind() == null || !t.kind().name().startsWith("FA")) continue;
            for (Table.Cell c : t.cells()) {
                out.add(t.kind() + " | " + t.rows().get(c.row()).label() + " | " + t.columns().get(c.column()).header() + " | " + c.value().text());
            }
        }
        return out;
    }

    static List<TableKind> kinds(String file) {
        return models.get(file).tables().stream().map(Table::kind).filter(k -> k != null && k.name().startsWith("FA")).toList();
    }

    @Test
    void theNineTablesAreRecognisedInEveryFormat() {
        for (Manifest.Document d : manifest.documents()) {
            List<TableKind> pdf = kinds(file(d, "pdf"));
            assertThat(pdf).as("%s: the nine tables", d.file()).hasSize(9).doesNotHaveDuplicates();
            for (String f : List.of("docx", "xlsx")) assertThat(kinds(file(d, f))).as("tables of %s", file(d, f)).isEqualTo(pdf);
        }
    }

    /** Every cell is the same: table kind, row label, column header, printed value, in reading order. */
    @Test
    void everyCellIsReadAsFromThePdf() throws IOException {
        for (Manifest.Document d : manifest.documents()) {
            for (String f : FORMATS) Files.write(OUT.resolve(file(d, f) + ".cells.txt"), cells(file(d, f))); // to diff by hand
            List<String> pdf = cells(file(d, "pdf"));
            assertThat(pdf).as("cells of %s", d.file()).hasSizeGreaterThan(100);
            for (String f : List.of("docx", "xlsx")) assertThat(cells(file(d, f))).as("cells of %s", file(d, f)).isEqualTo(pdf);
        }
    }

    @Test
    void theFindingsAreThoseOfThePdf() {
        for (Manifest.Document d : manifest.documents()) {
            // the DOCX prints everything the PDF prints: every finding is the same
            assertThat(findings(file(d, "docx"), false)).as("findings of %s", file(d, "docx")).isEqualTo(findings(d.file(), false));
            // the workbook only the tables: their own findings are the same
            assertThat(findings(file(d, "xlsx"), true)).as("table findings of %s", file(d, "xlsx")).isEqualTo(findings(d.file(), true));
        }
        assertThat(findings("gen-000.pdf", false)).as("the fault-free document").allMatch(f -> !f.contains(" ERROR "));
    }

    @Test
    void everyInjectedTableFaultIsFoundInEveryFormat() {
        int faults = 0;
        for (Manifest.Document d : manifest.documents()) {
            for (Manifest.Fault fault : d.faults()) {
                if (!fault.visibleIn().equals("table")) continue;
                for (String f : FORMATS) {
                    // the exception above: without a narrative the workbook cannot show a table against it
                    if (f.equals("xlsx") && fault.kind().equals("TEXT_VS_TABLE")) continue;
                    faults++;
                    assertThat(results.get(file(d, f)).findings()).as("%s %s %s: %s, expected %s stating %s", file(d, f), fault.id(), fault.kind(),
                            fault.relation(), fault.families(), fault.key())
                            .anyMatch(c -> c.severity() != Severity.INFO && fault.families().contains(c.family()) && c.statedValues().containsAll(fault.key()));
                }
            }
        }
        assertThat(faults).as("table faults checked (31 on seed 20261125: 11 × 3 formats less 2 TEXT_VS_TABLE in the XLSX)").isGreaterThanOrEqualTo(25);
    }

    /** The same seed gives the same documents: gen-012 again, its DOCX and XLSX extract to the same named lines. */
    @Test
    void theOfficeFormatsAreDeterministic() throws Exception {
        Path again = OUT.resolveSibling("generated-formats-again");
        Manifest m = CorpusGenerator.generate(GeneratedCorpusTest.SEED, List.of(12), again, true);
        assertThat(m.documents()).containsExactly(manifest.documents().get(DOCUMENTS.indexOf(12)));
        org.auditor.extract.Extractors x = org.auditor.extract.Extractors.standard();
        for (String f : List.of("gen-012.docx", "gen-012.xlsx")) {
            List<String> first = x.extract(OUT.resolve(f)).lines().stream().map(l -> l.cell() + " " + l.text()).toList();
            assertThat(x.extract(again.resolve(f)).lines().stream().map(l -> l.cell() + " " + l.text()).toList()).as(f).isEqualTo(first);
        }
    }

    /** A table finding in a DOCX or XLSX names its cells ("table 3 row 14 col 2", "'公开01表'!B14") and their row and column. */
    @Test
    void tableFindingsLocateTheirCells() {
        Pattern docx = Pattern.compile("^table \\d+ row \\d+ col \\d+$");
        Pattern xlsx = Pattern.compile("^'?公开0\\d表'?![A-Z]+\\d+$");
        int located = 0;
        for (Manifest.Document d : manifest.documents()) {
            for (String f : List.of("docx", "xlsx")) {
                for (Check c : results.get(file(d, f)).findings()) {
                    for (Quantity q : c.involved()) {
                        if (!tableCell(q)) continue;
                        located++;
                        assertThat(q.location().section()).as("%s %s %s", file(d, f), c.ruleId(), q.text()).matches("^.+ / .+ / .+$");
                        assertThat(q.location().cell()).as("%s %s %s", file(d, f), c.ruleId(), q.text()).matches(f.equals("docx") ? docx : xlsx);
                        assertThat(q.location().page()).isZero();
                        assertThat(q.location().shortRef()).as("the console's reference").isEqualTo(q.location().cell()).doesNotStartWith("l.");
                    }
                }
            }
        }
        assertThat(located).isGreaterThan(10);
    }
}
