package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.auditor.engine.Auditor;
import org.auditor.engine.RuleBase;
import org.auditor.extract.Extractors;
import org.auditor.model.Check;
import org.auditor.model.FileResult;
import org.auditor.extract.FileType;
import org.auditor.model.Document;
import org.auditor.model.TextLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same report read from its three formats prints the same numbers: every seed's text, its DOCX and its
 * PDF (corpus/docx, corpus/pdf, made by corpus/tools/make-formats.sh) go through {@link Extractors#standard()}
 * and must yield the same multiset of numbers. PDF page footers ("第 N 页") are not report content and are
 * dropped first. The PDF half is skipped while this build has no PDF extractor, and real once it has one.
 */
class FormatParityTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    /** A page footer as the corpus PDFs print it, after normalisation ("第 2 页" → "第2页"). */
    private static final Pattern PAGE_FOOTER = Pattern.compile("^\\s*第\\s*\\d+\\s*页\\s*$");

    private static final Extractors EXTRACTORS = Extractors.standard();

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(CorpusFiles.dir("seeds"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            assertThat(names).as("seed texts").isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void docxPrintsTheNumbersOfTheText(String seed) throws Exception {
        Map<String, Integer> text = numbers(read("seeds", seed + ".txt").lines());
        Document docx = read("docx", seed + ".docx");
        assertThat(docx.format()).isEqualTo("docx");
        assertThat(docx.lines()).as("table cells of %s.docx", seed).anyMatch(l -> l.cell() != null);
        assertSameNumbers(seed + ".docx", numbers(docx.lines()), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void pdfPrintsTheNumbersOfTheText(String seed) throws Exception {
        Path pdf = CorpusFiles.dir("pdf").resolve(seed + ".pdf");
        assertThat(pdf).as("run corpus/tools/make-formats.sh").isRegularFile();
        assertThat(FileType.detect(pdf)).isEqualTo(FileType.PDF);
        assumeTrue(EXTRACTORS.reads(FileType.PDF), "this build has no PDF extractor yet");
        Map<String, Integer> text = numbers(read("seeds", seed + ".txt").lines());
        List<TextLine> content = EXTRACTORS.extract(pdf).lines().stream()
                .filter(l -> !PAGE_FOOTER.matcher(l.text()).matches()).toList();
        assertSameNumbers(seed + ".pdf", numbers(content), text);
    }

    /** Findings parity: the same findings, by rule id and stated values, from .txt, .docx and .pdf. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void docxGivesTheFindingsOfTheText(String seed) throws Exception {
        Set<String> text = findings(CorpusFiles.dir("seeds").resolve(seed + ".txt"));
        if (!seed.startsWith("002")) assertThat(text).as("findings of %s.txt", seed).isNotEmpty(); // 002 has no narrative finding
        assertThat(findings(CorpusFiles.dir("docx").resolve(seed + ".docx"))).as("findings of %s.docx", seed).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void pdfGivesTheFindingsOfTheText(String seed) throws Exception {
        assumeTrue(EXTRACTORS.reads(FileType.PDF), "this build has no PDF extractor yet");
        Set<String> text = findings(CorpusFiles.dir("seeds").resolve(seed + ".txt"));
        assertThat(findings(CorpusFiles.dir("pdf").resolve(seed + ".pdf"))).as("findings of %s.pdf", seed).isEqualTo(text);
    }

    /**
     * Check parity: a seed's text and tables assert the same relations whichever format they are read from (score
     * tables, the 预算/决算/结余 table, project tables, 三公 tables, the narrative): every check, passed or not, by rule
     * and relation.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyFormatChecksTheSameRelations(String seed) throws Exception {
        List<String> text = checks(CorpusFiles.dir("seeds").resolve(seed + ".txt"));
        assertThat(checks(CorpusFiles.dir("docx").resolve(seed + ".docx"))).as("checks of %s.docx", seed).isEqualTo(text);
        assumeTrue(EXTRACTORS.reads(FileType.PDF), "this build has no PDF extractor yet");
        assertThat(checks(CorpusFiles.dir("pdf").resolve(seed + ".pdf"))).as("checks of %s.pdf", seed).isEqualTo(text);
    }

    private static List<String> checks(Path file) {
        if (auditor == null) auditor = Auditor.standard(RuleBase.builtIn());
        FileResult r = auditor.audit(file);
        assertThat(r.ok()).as("%s: %s", file, r.error()).isTrue();
        return r.checks().stream().map(c -> c.ruleId() + " " + c.passed() + " " + c.relation()).sorted().toList();
    }

    private static Auditor auditor;

    private static Set<String> findings(Path file) {
        if (auditor == null) auditor = Auditor.standard(RuleBase.builtIn());
        FileResult r = auditor.audit(file);
        assertThat(r.ok()).as("%s: %s", file, r.error()).isTrue();
        Set<String> out = new TreeSet<>();
        for (Check c : r.findings()) out.add(c.ruleId() + " " + c.severity() + " " + c.statedValues());
        return out;
    }

    private static Document read(String dir, String file) throws Exception {
        Path p = CorpusFiles.dir(dir).resolve(file);
        assertThat(p).as("run corpus/tools/make-formats.sh").isRegularFile();
        return EXTRACTORS.extract(p);
    }

    /** How often each number is printed. */
    static Map<String, Integer> numbers(List<TextLine> lines) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TextLine l : lines) {
            Matcher m = NUMBER.matcher(l.text());
            while (m.find()) counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** Equal multisets, reported as what is missing and what is extra so a failure says where to look. */
    private static void assertSameNumbers(String what, Map<String, Integer> actual, Map<String, Integer> expected) {
        Map<String, Integer> missing = new TreeMap<>(), extra = new TreeMap<>();
        expected.forEach((n, c) -> { int d = c - actual.getOrDefault(n, 0); if (d > 0) missing.put(n, d); });
        actual.forEach((n, c) -> { int d = c - expected.getOrDefault(n, 0); if (d > 0) extra.put(n, d); });
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).as("numbers in the text").isGreaterThan(100);
        assertThat(missing).as("numbers of the text missing from %s", what).isEmpty();
        assertThat(extra).as("numbers in %s but not in the text", what).isEmpty();
    }
}
