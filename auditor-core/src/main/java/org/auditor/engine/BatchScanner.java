package org.auditor.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.auditor.model.FileResult;

/**
 * Audits many files on a bounded number of threads with one shared {@link Auditor}. Results come back in
 * the order of the input whatever the scheduling, and every failure of one file — an exception, a time
 * limit, a lack of memory, a stack overflow — is an error row for that file while the others go on.
 *
 * <p>A file over its time limit gets its error row at once and its thread is interrupted (PDF extraction
 * and parsing check for it between pages and phases). A thread that does not stop is abandoned, not
 * waited for: its slot is given to the next file, and as a daemon it cannot keep the JVM alive.
 */
public final class BatchScanner {
    /** Told about every file as it finishes, on the thread that finished it. */
    public interface Listener {
        void finished(int index, FileResult result, Duration took, boolean cached);
    }

    /**
     * @param jobs    files audited at once (≥ 1)
     * @param timeout time limit per file, null for none
     * @param cache   earlier results to reuse and store into, null for none
     */
    public record Options(int jobs, Duration timeout, ResultCache cache, Function<Path, Settings> settings) {
        public Options {
            if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
            if (settings == null) settings = f -> Settings.defaults();
        }

        /** Every file under the default configuration. */
        public Options(int jobs, Duration timeout, ResultCache cache) { this(jobs, timeout, cache, null); }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(2), null);
        }
    }

    private final Auditor auditor;
    private final Options options;

    public BatchScanner(Auditor auditor, Options options) {
        this.auditor = auditor;
        this.options = options;
    }

    public List<FileResult> scan(List<Path> files) { return scan(files, (i, r, t, c) -> {}); }

    public List<FileResult> scan(List<Path> files, Listener listener) {
        ExecutorService workers = Executors.newCachedThreadPool(daemons("auditor-worker"));
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, daemons("auditor-watchdog"));
        watchdog.setRemoveOnCancelPolicy(true); // thousands of finished files leave no pending time limits behind
        Semaphore slots = new Semaphore(options.jobs());
        List<CompletableFuture<FileResult>> results = new ArrayList<>(files.size());
        try {
            for (int i = 0; i < files.size(); i++) {
                slots.acquireUninterruptibly();
                Job job = new Job(i, files.get(i), listener);
                job.result.whenComplete((r, e) -> slots.release());
                results.add(job.result);
                workers.execute(() -> job.run(watchdog));
            }
            List<FileResult> out = new ArrayList<>(files.size());
            for (CompletableFuture<FileResult> r : results) out.add(r.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) { // cannot happen: every job completes with a result
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    /** One file: audited on a worker thread, completed by that thread or by the watchdog, whichever is first. */
    private final class Job {
        final int index;
        final Path file;
        final Listener listener;
        final CompletableFuture<FileResult> result = new CompletableFuture<>();
        private final AtomicBoolean decided = new AtomicBoolean();
        private Thread worker; // guarded by this: set while the audit runs, so a late time-out never hits the next file
        private long start;

        Job(int index, Path file, Listener listener) {
            this.index = index;
            this.file = file;
            this.listener = listener;
        }

        void run(ScheduledExecutorService watchdog) {
            synchronized (this) {
                worker = Thread.currentThread();
                start = System.nanoTime();
            }
            ScheduledFuture<?> limit = options.timeout() == null ? null
                    : watchdog.schedule(this::timeOut, options.timeout().toNanos(), TimeUnit.NANOSECONDS);
            FileResult r;
            boolean cached = false;
            try {
                Settings settings = options.settings().apply(file);
                String key = cacheKey(settings);
                FileResult hit = key == null ? null : options.cache().get(key).orElse(null);
                cached = hit != null;
                r = cached ? hit : auditor.audit(file, settings);
                if (key != null && !cached && !Thread.currentThread().isInterrupted()) options.cache().put(key, r);
            } catch (OutOfMemoryError e) {
                r = FileResult.error(file.toString(), "file too large to audit in the available memory (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB heap)");
            } catch (StackOverflowError e) {
                r = FileResult.error(file.toString(), "structure nested too deeply to audit (stack overflow)");
            } catch (Throwable e) { // one file must never end the batch
                r = FileResult.error(file.toString(), "internal error: " + e);
            } finally {
                if (limit != null) limit.cancel(false);
                synchronized (this) { worker = null; }
                Thread.interrupted(); // a time-out that raced the end of the audit must not reach the next job
            }
            complete(r, cached);
        }

        /** Null without a cache, or when the file cannot be read: the audit then says why. */
        /** The cache key: the file's content and path, the rule base, and the configuration it is audited under. */
        private String cacheKey(Settings settings) {
            if (options.cache() == null) return null;
            try {
                return options.cache().key(file, settings.describe().toString());
            } catch (IOException e) {
                return null;
            }
        }

        private void timeOut() {
            synchronized (this) {
                if (worker == null) return;
                if (complete(FileResult.error(file.toString(), "time limit of " + seconds(options.timeout()) + " exceeded: audit abandoned"), false)) {
                    worker.interrupt();
                }
            }
        }

        /** The first of worker and watchdog wins; the listener hears of it before the scan can return. */
        private boolean complete(FileResult r, boolean cached) {
            if (!decided.compareAndSet(false, true)) return false;
            try {
                listener.finished(index, r, Duration.ofNanos(System.nanoTime() - start), cached);
            } finally {
                result.complete(r);
            }
            return true;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
