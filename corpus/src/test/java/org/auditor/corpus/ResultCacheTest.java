package org.auditor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.auditor.engine.Auditor;
import org.auditor.engine.ResultCache;
import org.auditor.engine.RuleBase;
import org.auditor.model.FileResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached results are the results: a real audit survives the JSON round trip unchanged, and keys follow content. */
class ResultCacheTest {
    static RuleBase rules;

    @BeforeAll
    static void build() { rules = RuleBase.builtIn(); }

    @Test
    void aRealAuditComesBackFromTheCacheEqualToTheOriginal(@TempDir Path dir) throws Exception {
        Path pdf = Files.copy(CorpusFiles.dir("pdf").resolve("001_954e3ea0abc2fe0e.pdf"), dir.resolve("r.pdf"));
        FileResult audited = Auditor.standard(rules).audit(pdf);
        assertThat(audited.ok()).isTrue();
        assertThat(audited.findings()).isNotEmpty();
        ResultCache cache = new ResultCache(dir.resolve("cache"), rules.version());
        String key = cache.key(pdf);
        assertThat(cache.get(key)).isEmpty();
        cache.put(key, audited);
        FileResult back = cache.get(key).orElseThrow();
        // equals, not a printout: records compare every component, down to each location's box
        assertThat(back.equals(audited)).as("cached result equals the audit").isTrue();
        assertThat(back.findings()).hasSameSizeAs(audited.findings());
    }

    @Test
    void theKeyChangesWithContentPathAndRuleBaseButNotWithTime(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "收入合计100万元。");
        ResultCache cache = new ResultCache(dir.resolve("cache"), "v1");
        String before = cache.key(a);
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(cache.key(a)).isEqualTo(before);
        assertThat(new ResultCache(dir.resolve("cache"), "v2").key(a)).isNotEqualTo(before);
        Path b = Files.copy(a, dir.resolve("b.txt"), StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(cache.key(b)).isNotEqualTo(before);
        Files.writeString(a, "收入合计101万元。");
        assertThat(cache.key(a)).isNotEqualTo(before);
    }

    @Test
    void errorRowsAndDamagedEntriesAreNotReused(@TempDir Path dir) throws Exception {
        ResultCache cache = new ResultCache(dir, "v1");
        cache.put("ab12", FileResult.error("x.pdf", "time limit exceeded"));
        assertThat(cache.get("ab12")).isEmpty();
        Files.createDirectories(dir.resolve("cd"));
        Files.writeString(dir.resolve("cd/cd34.json"), "{\"path\": [");
        assertThat(cache.get("cd34")).isEmpty();
    }
}
