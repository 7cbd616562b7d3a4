package org.auditor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.auditor.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scan's batch options: per-file lines, the cache, time limits, jobs; and the folder walk's links. */
class BatchOptionsTest {
    @Test
    void verboseWritesOneLinePerFileToStderrAndTheCacheServesTheSecondRun(@TempDir Path dir) throws Exception {
        Path seed = Files.copy(MainTest.SEED_001, dir.resolve("r.txt"));
        Path cache = dir.resolve("cache");
        Run first = MainTest.run("scan", "--verbose", "--cache-dir", cache.toString(), seed.toString());
        Run second = MainTest.run("scan", "--verbose", "--cache-dir", cache.toString(), seed.toString());
        assertThat(first.err()).matches("(?s)\\[1/1\\] +[0-9.]+ s  .*r\\.txt  ok +\\d+ checks +\\d+ findings\\R");
        assertThat(second.err()).contains("(cached)");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.exit()).isEqualTo(first.exit()).isEqualTo(1);
        assertThat(MainTest.run("scan", "--quiet", "--no-cache", seed.toString()).err()).isEmpty();
    }

    @Test
    void jobsBelowOneAndUnreadableTimeLimitsAreUsageErrors() {
        assertThat(MainTest.run("scan", "--jobs", "0", MainTest.SEED_001.toString()).exit()).isEqualTo(2);
        assertThat(MainTest.run("scan", "--timeout", "soon", MainTest.SEED_001.toString()).exit()).isEqualTo(2);
    }

    @Test
    void timeLimitsReadSecondsOrUnits() {
        BatchOptions.TimeLimit t = new BatchOptions.TimeLimit();
        assertThat(t.convert("120")).isEqualTo(Duration.ofMinutes(2));
        assertThat(t.convert("1.5")).isEqualTo(Duration.ofMillis(1500));
        assertThat(t.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(t.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(t.convert("0")).isZero();
        assertThatThrownBy(() -> t.convert("-3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWalkListsLinksWithReportNamesButNeverEntersLinkedFolders(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("a.txt"), "收入100万元。");
        Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        Files.createSymbolicLink(dir.resolve("loop-1.pdf"), Path.of("loop-2.pdf"));
        Files.createSymbolicLink(dir.resolve("loop-2.pdf"), Path.of("loop-1.pdf"));
        Files.createSymbolicLink(dir.resolve("up"), Path.of("."));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/skipped.txt"), "收入1万元。");
        assertThat(FileWalker.collect(java.util.List.of(dir))).extracting(p -> dir.relativize(p).toString())
                .containsExactly("a.txt", "link.txt", "loop-1.pdf", "loop-2.pdf");
    }
}
