package org.auditor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.auditor.model.FileResult;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Results of earlier audits, one JSON file per (file content, path, rule-base version): an unchanged file
 * audited by the same rules and code is not read again. The path is part of the key because results
 * carry it in every location. Only successful audits are stored (a time-out or a lack of memory says
 * nothing about the file). A damaged cache entry is a miss, never a failure.
 */
public final class ResultCache {
    /** Records serialised through their fields only (derived methods such as isZero() or findings() are not data). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path dir;
    private final String version;

    public ResultCache(Path dir, String ruleBaseVersion) {
        this.dir = dir;
        this.version = ruleBaseVersion;
    }

    /** The system property auditor.cache.dir, else $XDG_CACHE_HOME/auditor, else ~/.cache/auditor. */
    public static Path defaultDir() {
        String configured = System.getProperty("auditor.cache.dir");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("auditor");
    }

    /** The key of a file as it is now: SHA-256 of its content, its path and the rule-base version. */
    public String key(Path file) throws IOException { return key(file, ""); }

    /** The key of a file audited under a configuration ({@code settings}, as text): a changed config is a new key. */
    public String key(Path file, String settings) throws IOException {
        MessageDigest content = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), content)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        MessageDigest key = sha256();
        key.update(content.digest());
        key.update(("\0" + file + "\0" + version + "\0" + settings).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(key.digest());
    }

    public Optional<FileResult> get(String key) {
        Path entry = entry(key);
        if (!Files.isRegularFile(entry)) return Optional.empty();
        try {
            return Optional.of(MAPPER.readValue(entry.toFile(), FileResult.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a successful result; a cache that cannot be written only costs the next run its time. */
    public void put(String key, FileResult result) {
        if (!result.ok()) return;
        Path entry = entry(key);
        try {
            Files.createDirectories(entry.getParent());
            Path tmp = Files.createTempFile(entry.getParent(), key, ".tmp");
            MAPPER.writeValue(tmp.toFile(), result);
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // ignored on purpose: see above
        }
    }

    public Path dir() { return dir; }

    private Path entry(String key) { return dir.resolve(key.substring(0, 2)).resolve(key + ".json"); }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
