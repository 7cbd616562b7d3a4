package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.auditor.cli.Main;
import org.auditor.corpus.tools.BadFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * corpus/bad through the real command, mixed with the seed reports: every bad file is an error row with
 * a message that names its problem, the seeds' results are exactly those of a run without the bad files,
 * and no input is written.
 */
class BadCorpusTest {
    @Test
    void everyBadFileIsItsOwnErrorRowAndTheRestOfTheBatchIsUntouched(@TempDir Path out) throws Exception {
        Path bad = CorpusFiles.dir("bad"), seeds = CorpusFiles.dir("seeds");
        assertThat(names(bad)).as("corpus/bad is what tools/make-bad.sh makes")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(BadFiles.EXPECTED.keySet().stream(), Stream.of("loop-dir")).toList());
        Map<String, String> before = hashes(bad, seeds);

        Path mixed = out.resolve("mixed.json"), alone = out.resolve("alone.json");
        assertThat(scan(mixed, bad.toString(), seeds.toString())).isEqualTo(1);
        assertThat(scan(alone, seeds.toString())).isEqualTo(1);

        Map<String, JsonNode> rows = rows(mixed);
        for (var e : BadFiles.EXPECTED.entrySet()) {
            JsonNode row = rows.remove(bad.resolve(e.getKey()).toString());
            assertThat(row).as("row of %s", e.getKey()).isNotNull();
            assertThat(row.get("status").asText()).as(e.getKey()).isEqualTo("error");
            assertThat(row.get("error").asText()).as(e.getKey()).containsIgnoringCase(e.getValue());
        }
        assertThat(rows).as("the seeds' rows, identical to a run without the bad files").isEqualTo(rows(alone));
        assertThat(hashes(bad, seeds)).as("inputs are never written").isEqualTo(before);
    }

    private static int scan(Path json, String... paths) {
        String[] args = Stream.concat(Stream.of("scan", "--no-cache", "--quiet", "--jobs", "2", "--format", "json",
                "--output", json.toString()), Stream.of(paths)).toArray(String[]::new);
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.execute(args);
        } finally {
            System.setOut(stdout);
        }
    }

    private static Map<String, JsonNode> rows(Path json) throws Exception {
        Map<String, JsonNode> m = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("files")) m.put(f.get("path").asText(), f);
        return m;
    }

    private static java.util.List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) { return s.map(p -> p.getFileName().toString()).toList(); }
    }

    /** Content hash of every file, the target of every link (links are not followed). */
    private static Map<String, String> hashes(Path... dirs) throws Exception {
        Map<String, String> m = new TreeMap<>();
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    if (Files.isSymbolicLink(p)) m.put(p.toString(), "-> " + Files.readSymbolicLink(p));
                    else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        m.put(p.toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) + " " + Files.getLastModifiedTime(p));
                    }
                }
            }
        }
        return m;
    }
}
