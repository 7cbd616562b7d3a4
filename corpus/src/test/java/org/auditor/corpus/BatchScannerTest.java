package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.auditor.engine.Auditor;
import org.auditor.engine.BatchScanner;
import org.auditor.engine.ResultCache;
import org.auditor.engine.RuleBase;
import org.auditor.engine.RuleRunner;
import org.auditor.extract.ExtractionException;
import org.auditor.extract.Extractor;
import org.auditor.extract.Extractors;
import org.auditor.extract.FileType;
import org.auditor.extract.TextExtractor;
import org.auditor.model.Document;
import org.auditor.model.FileResult;
import org.auditor.parse.ReportParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file's failure — a hang, a stack overflow, a lack of memory — is its own error row; the others are
 * audited exactly as alone, and results come back in input order whatever the threads did.
 */
class BatchScannerTest {
    static RuleBase rules;
    /** Lets the deliberately stuck extraction end when the class is done. */
    static final AtomicBoolean release = new AtomicBoolean();

    @BeforeAll
    static void build() { rules = RuleBase.builtIn(); }

    @AfterAll
    static void releaseStuckThreads() { release.set(true); }

    /** Reads text files, except those whose name asks it to misbehave. */
    static final class Misbehaving implements Extractor {
        final TextExtractor text = new TextExtractor();

        @Override public String format() { return "text"; }

        @Override public boolean accepts(FileType type) { return type == FileType.TEXT; }

        @Override public Document extract(Path file) throws IOException, ExtractionException {
            String name = file.getFileName().toString();
            if (name.startsWith("stuck")) { // ignores interrupts, like a parser in a tight loop
                while (!release.get()) Thread.onSpinWait();
            }
            if (name.startsWith("deep")) return recurse(0);
            if (name.startsWith("huge")) throw new OutOfMemoryError("Java heap space");
            return text.extract(file);
        }

        private Document recurse(int depth) { return depth < 0 ? null : recurse(depth + 1); }
    }

    static Auditor misbehaving() {
        return new Auditor(new Extractors(List.of(new Misbehaving())), ReportParser.standard(), new RuleRunner(rules), org.auditor.engine.Diagnoser.standard());
    }

    @Test
    void failuresStayInTheirRowAndTheOthersAreAuditedAsAlone(@TempDir Path dir) throws Exception {
        List<Path> seeds;
        try (var s = Files.list(CorpusFiles.dir("seeds"))) { seeds = s.sorted().toList(); }
        List<Path> files = new ArrayList<>();
        for (Path seed : seeds) files.add(Files.copy(seed, dir.resolve(seed.getFileName())));
        files.add(1, Files.writeString(dir.resolve("stuck.txt"), "收入100万元。"));
        files.add(3, Files.writeString(dir.resolve("deep.txt"), "收入100万元。"));
        files.add(Files.writeString(dir.resolve("huge.txt"), "收入100万元。"));

        List<FileResult> batch = new BatchScanner(misbehaving(), new BatchScanner.Options(2, Duration.ofSeconds(2), null)).scan(files);

        assertThat(batch).extracting(FileResult::path).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(batch.get(1).error()).isEqualTo("time limit of 2 s exceeded: audit abandoned");
        assertThat(batch.get(3).error()).isEqualTo("structure nested too deeply to audit (stack overflow)");
        assertThat(batch.get(files.size() - 1).error()).startsWith("file too large to audit in the available memory");
        Auditor alone = Auditor.standard(rules);
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            if (name.startsWith("stuck") || name.startsWith("deep") || name.startsWith("huge")) continue;
            assertThat(batch.get(i)).as(name).isEqualTo(alone.audit(files.get(i)));
        }
    }

    @Test
    void aSecondRunReusesTheCacheAndGivesTheSameResults(@TempDir Path dir) throws Exception {
        Path seed = Files.copy(CorpusFiles.dir("seeds").resolve("004_c24299cd82a026c1.txt"), dir.resolve("r.txt"));
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "not a pdf");
        ResultCache cache = new ResultCache(dir.resolve("cache"), rules.version());
        BatchScanner scanner = new BatchScanner(Auditor.standard(rules), new BatchScanner.Options(1, null, cache));
        List<Boolean> cached = new ArrayList<>();
        List<FileResult> first = scanner.scan(List.of(seed, broken), (i, r, t, c) -> cached.add(c));
        List<FileResult> second = scanner.scan(List.of(seed, broken), (i, r, t, c) -> cached.add(c));
        assertThat(cached).containsExactly(false, false, true, false); // error rows are never cached
        assertThat(second).isEqualTo(first);
        Files.writeString(seed, Files.readString(seed).replace("2019", "2018"));
        List<Boolean> afterEdit = new ArrayList<>();
        scanner.scan(List.of(seed), (i, r, t, c) -> afterEdit.add(c));
        assertThat(afterEdit).containsExactly(false);
    }
}
