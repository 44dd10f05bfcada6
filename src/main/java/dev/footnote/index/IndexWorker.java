package dev.footnote.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the indexer behind the running server, on one thread so that writes never interleave.
 * Requests coalesce: however many arrive while a sync runs (watched folder, uploads), one more sync
 * follows it. {@link #close()} stops between documents and waits for the batch in progress, so the
 * index and the embedding model are never closed under a running write.
 * <p>
 * A sync paused by an outage ({@link IndexingPausedException}: the embedding server or the Solr
 * cluster unreachable) is tried again by itself, after {@code retryFirst}, doubling up to
 * {@code retryMax}, until the outage is over; the documents waiting stay queued meanwhile.
 */
public final class IndexWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexWorker.class);

    private final CorpusIndexer indexer;
    private final Path corpusDir;
    private final Duration shutdownWait;
    private final Duration retryFirst;
    private final Duration retryMax;
    private volatile Duration nextRetry;
    private final ScheduledExecutorService thread = singleThread();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile boolean idle = true;
    private volatile long completedSyncs;

    public IndexWorker(CorpusIndexer indexer, Path corpusDir, Duration shutdownWait) {
        this(indexer, corpusDir, shutdownWait, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /**
     * @param retryFirst how long after an outage the paused sync is first tried again
     * @param retryMax   the longest wait between tries (the wait doubles from {@code retryFirst})
     */
    public IndexWorker(CorpusIndexer indexer, Path corpusDir, Duration shutdownWait, Duration retryFirst, Duration retryMax) {
        this.indexer = indexer;
        this.corpusDir = corpusDir;
        this.shutdownWait = shutdownWait;
        this.retryFirst = retryFirst;
        this.retryMax = retryMax.compareTo(retryFirst) < 0 ? retryFirst : retryMax;
        this.nextRetry = retryFirst;
    }

    private static ScheduledExecutorService singleThread() {
        java.util.concurrent.ScheduledThreadPoolExecutor executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "footnote-indexer");
            t.setDaemon(true);
            return t;
        });
        // A retry waiting for an outage to end is dropped on shutdown, not run.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** Asks for a sync; returns at once. A request made while one is already waiting joins it. */
    public void requestSync() {
        if (stopping.get() || !pending.compareAndSet(false, true)) {
            return;
        }
        idle = false;
        thread.execute(this::runSync);
    }

    private void runSync() {
        pending.set(false);
        try {
            indexer.sync(corpusDir, stopping::get);
            nextRetry = retryFirst;
        } catch (IndexingPausedException e) {
            Duration wait = nextRetry;
            nextRetry = wait.multipliedBy(2).compareTo(retryMax) > 0 ? retryMax : wait.multipliedBy(2);
            log.warn("Indexing paused ({}); trying again in {} ms", e.reason(), wait.toMillis());
            retryAfter(wait);
        } catch (RuntimeException e) {
            log.error("Indexing the corpus folder {} failed: {}", corpusDir.toAbsolutePath(), e.getMessage(), e);
        } finally {
            completedSyncs++;
            idle = !pending.get();
        }
    }

    private void retryAfter(Duration wait) {
        if (stopping.get() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.schedule(this::runSync, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.set(false);
        }
    }

    /** Whether indexing waits for an outage to end: the reason, else null. */
    public String pausedReason() {
        return indexer.progress().pausedReason();
    }

    /** Whether no sync is running or waiting. */
    public boolean idle() {
        return idle;
    }

    /** How many syncs have finished since start: lets a caller wait for the one after its change. */
    public long completedSyncs() {
        return completedSyncs;
    }

    public CorpusIndexer indexer() {
        return indexer;
    }

    @Override
    public void close() {
        stopping.set(true);
        thread.shutdown();
        try {
            if (!thread.awaitTermination(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The indexer did not stop within {}; the last uncommitted batch is re-indexed on the next start", shutdownWait);
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
