package org.auditor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.auditor.engine.Auditor;
import org.auditor.engine.BatchScanner;
import org.auditor.engine.ResultCache;
import org.auditor.engine.RuleBase;
import org.auditor.engine.Settings;
import org.auditor.model.FileResult;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** How a scan runs over many files: threads, time limit, cache, progress. Mixed into {@code scan}. */
final class BatchOptions {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files audited at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "120", converter = TimeLimit.class,
            description = "Time limit per file: seconds, or with a unit (90s, 5m); 0 for none (default: ${DEFAULT-VALUE} s). A file over it is an error row.")
    Duration timeout;

    @Option(names = "--no-cache", description = "Audit every file again instead of reusing results of unchanged files.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where results of earlier runs are kept (default: ~/.cache/auditor).")
    Path cacheDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "One line per file on stderr as it finishes: status, checks, findings, time.")
    boolean verbose;

    /** Audits the files in order; progress goes to stderr only on a terminal (never in pipes or CI). */
    List<FileResult> scan(List<Path> files, RuleBase rules) { return scan(files, rules, f -> Settings.defaults()); }

    /** Audits the files in order, each under its configuration; progress on stderr only on a terminal. */
    List<FileResult> scan(List<Path> files, RuleBase rules, java.util.function.Function<Path, Settings> settings) {
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        ResultCache cache = noCache ? null : new ResultCache(cacheDir != null ? cacheDir : ResultCache.defaultDir(), rules.version());
        BatchScanner scanner = new BatchScanner(Auditor.standard(rules),
                new BatchScanner.Options(Math.min(jobs, Math.max(1, files.size())), timeout.isZero() ? null : timeout, cache, settings));
        PrintStream err = System.err;
        boolean bar = !quiet && !verbose && System.console() != null && files.size() > 1;
        AtomicInteger done = new AtomicInteger(), errors = new AtomicInteger();
        try (ProgressBar progress = bar ? progressBar(files.size()) : null) {
            return scanner.scan(files, (i, r, took, cached) -> {
                if (!r.ok()) errors.incrementAndGet();
                if (progress != null) {
                    progress.step();
                    progress.setExtraMessage(" " + (errors.get() > 0 ? errors.get() + " unreadable · " : "") + Path.of(r.path()).getFileName());
                }
                if (verbose) {
                    synchronized (err) {
                        err.println(line(done.incrementAndGet(), files.size(), r, took, cached));
                    }
                }
            });
        }
    }

    private static ProgressBar progressBar(int total) {
        return new ProgressBarBuilder().setTaskName("auditing").setInitialMax(total).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, 120)).build();
    }

    static String line(int n, int total, FileResult r, Duration took, boolean cached) {
        String what = r.ok() ? String.format(Locale.ROOT, "ok    %4d checks %3d findings", r.checks().size(), r.findings().size())
                : "error " + r.error();
        String width = String.valueOf(total).length() + "";
        return String.format(Locale.ROOT, "[%" + width + "d/%d] %6.2f s%s  %s  %s", n, total, took.toNanos() / 1e9,
                cached ? " (cached)" : "", r.path(), what);
    }

    /** "120", "90s", "5m", "1h"; 0 means no limit. */
    static final class TimeLimit implements ITypeConverter<Duration> {
        @Override public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.matches("\\d+(\\.\\d+)?")) return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
            if (v.matches("\\d+(\\.\\d+)?(ms|s|m|h)")) {
                String unit = v.replaceAll("[\\d.]", "");
                double x = Double.parseDouble(v.substring(0, v.length() - unit.length()));
                long ms = switch (unit) { case "ms" -> 1; case "s" -> 1000; case "m" -> 60_000; default -> 3_600_000; };
                return Duration.ofMillis(Math.round(x * ms));
            }
            throw new IllegalArgumentException("not a time limit: " + value + " (use seconds, or 90s, 5m, 1h)");
        }
    }
}
