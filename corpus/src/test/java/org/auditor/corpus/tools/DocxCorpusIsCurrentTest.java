package org.auditor.corpus.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.auditor.corpus.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed DOCX corpus is what {@link SeedToDocx} makes of the seeds today: a changed seed or
 * generator without a rerun of corpus/tools/make-formats.sh fails here. Entries are compared by content,
 * not bytes, so a different zlib cannot fail it.
 */
class DocxCorpusIsCurrentTest {
    @TempDir Path dir;

    @Test void everySeedHasItsCurrentDocx() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(CorpusFiles.dir("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(seeds).isNotEmpty();
        for (Path seed : seeds) {
            String base = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Path committed = CorpusFiles.dir("docx").resolve(base + ".docx");
            assertThat(committed).as("run corpus/tools/make-formats.sh").isRegularFile();
            Path fresh = dir.resolve(base + ".docx");
            SeedToDocx.write(Files.readString(seed, StandardCharsets.UTF_8), SeedToDocx.entity(base), fresh);
            assertThat(entries(committed)).as("%s is stale: run corpus/tools/make-formats.sh", committed.getFileName())
                    .isEqualTo(entries(fresh));
        }
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                out.put(e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
