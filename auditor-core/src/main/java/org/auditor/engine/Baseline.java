package org.auditor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Check;
import org.auditor.model.FileResult;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Findings a bureau has looked at and accepted, so that a pre-check run shows only what is new. A
 * finding is known when an entry has its file's content hash (SHA-256), its rule id and its stated
 * values — not its line, which moves when text is added above it. Any edit of a file changes its hash,
 * so its accepted findings come back for a new look. Each entry accepts one finding: a finding printed
 * twice needs two entries (as written by {@link #write}).
 */
public final class Baseline {
    /**
     * One accepted finding. {@code file}, {@code line} and {@code message} are for people; {@code note} is
     * free for the reason it was accepted.
     */
    public record Entry(String file, String sha256, String rule, List<String> values, Integer line, String message, String note) {}

    private record Document(List<Entry> findings) {}

    /** What applying a baseline left: the results without the known findings, and what was suppressed. */
    public record Applied(List<FileResult> results, Suppressed suppressed) {}

    /** How many known findings a baseline suppressed, per file path: counted in the outputs, never silently lost. */
    public record Suppressed(Path baseline, Map<String, Integer> perFile) {
        public static final Suppressed NONE = new Suppressed(null, Map.of());

        public Suppressed { perFile = Map.copyOf(perFile); }

        public int total() { return perFile.values().stream().mapToInt(Integer::intValue).sum(); }

        public int of(String path) { return perFile.getOrDefault(path, 0); }
    }

    private record Key(String sha256, String rule, List<String> values) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private final Path source;
    private final List<Entry> entries;

    private Baseline(Path source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    public static Baseline load(Path file) {
        Document d;
        try {
            d = YAML.readValue(file.toFile(), Document.class);
        } catch (JsonProcessingException e) {
            throw new SettingsException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SettingsException("cannot read baseline " + file + ": " + e.getMessage());
        }
        List<Entry> entries = d == null || d.findings() == null ? List.of() : d.findings();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e == null || e.sha256() == null || e.rule() == null || e.values() == null)
                throw new SettingsException(file + ": entry " + (i + 1) + " needs sha256, rule and values");
        }
        return new Baseline(file, entries);
    }

    public List<Entry> entries() { return entries; }

    public Path source() { return source; }

    /** Drops the findings this baseline knows from the results; passed checks and error rows are untouched. */
    public Applied apply(List<FileResult> results) {
        Map<Key, Integer> known = new HashMap<>();
        for (Entry e : entries) known.merge(new Key(e.sha256().toLowerCase(java.util.Locale.ROOT), e.rule(), e.values()), 1, Integer::sum);
        List<FileResult> out = new ArrayList<>(results.size());
        Map<String, Integer> suppressed = new LinkedHashMap<>();
        for (FileResult r : results) {
            if (!r.ok() || r.findings().isEmpty()) { out.add(r); continue; }
            String hash = sha256(Path.of(r.path()));
            List<Check> kept = new ArrayList<>(r.checks().size());
            int dropped = 0;
            for (Check c : r.checks()) {
                Key k = new Key(hash, c.ruleId(), c.statedValues());
                if (!c.passed() && known.getOrDefault(k, 0) > 0) {
                    known.merge(k, -1, Integer::sum);
                    dropped++;
                } else kept.add(c);
            }
            if (dropped > 0) suppressed.put(r.path(), dropped);
            out.add(dropped == 0 ? r : new FileResult(r.path(), r.status(), r.error(), r.kind(), r.entity(), r.year(), r.pages(), kept));
        }
        return new Applied(out, new Suppressed(source, suppressed));
    }

    /** Writes every finding of the readable files as an accepted finding. */
    public static void write(List<FileResult> results, Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (FileResult r : results) {
            if (!r.ok() || r.findings().isEmpty()) continue;
            String hash = sha256(Path.of(r.path()));
            for (Check c : r.findings()) {
                Integer line = c.locations().isEmpty() ? null : c.locations().get(0).line();
                entries.add(new Entry(r.path(), hash, c.ruleId(), c.statedValues(), line, c.message(), null));
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# auditor baseline: accepted findings, written by --write-baseline and read by --baseline.\n"
                    + "# A finding is not reported while its file's SHA-256, its rule and its stated values match an entry;\n"
                    + "# delete an entry to see its finding again. file, line and message are for people; add a note if you like.\n");
            YAML.writeValue(w, new Document(entries));
        }
    }

    /** The SHA-256 of a file's content, in lower-case hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to hash it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }
}
