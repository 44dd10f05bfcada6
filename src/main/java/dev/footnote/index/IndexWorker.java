package dev.footnote.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the indexer behind the running server, on one thread so that writes never interleave.
 * Requests coalesce: however many arrive while a sync runs (watched folder, uploads), one more sync
 * follows it. {@link #close()} stops between documents and waits for the batch in progress, so the
 * index and the embedding model are never closed under a running write.
 */
public final class IndexWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexWorker.class);

    private final CorpusIndexer indexer;
    private final Path corpusDir;
    private final Duration shutdownWait;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "footnote-indexer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile boolean idle = true;
    private volatile long completedSyncs;

    public IndexWorker(CorpusIndexer indexer, Path corpusDir, Duration shutdownWait) {
        this.indexer = indexer;
        this.corpusDir = corpusDir;
        this.shutdownWait = shutdownWait;
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
        } catch (RuntimeException e) {
            log.error("Indexing the corpus folder {} failed: {}", corpusDir.toAbsolutePath(), e.getMessage(), e);
        } finally {
            completedSyncs++;
            idle = !pending.get();
        }
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
