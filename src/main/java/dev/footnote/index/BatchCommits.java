package dev.footnote.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;

/**
 * The commits of one {@link CorpusIndexer} sync, each a batch of whole documents. A batch is embedded on the
 * calling thread ({@link PassageIndex#prepare}) and written on a writer thread of its own, so the model embeds
 * the next batch while the last one's actor extracts, Lucene documents and commit are made: at most one batch
 * embedding and one writing, in order, so commits land in the order of the batches and the heap holds two.
 * <p>
 * When a batch fails for an outage (the embedding server or the Solr cluster unreachable), its documents, and those of
 * the batch embedded behind it, stay queued and the sync pauses, to be tried again; when it fails otherwise, one of
 * its documents is at fault, so each is written on its own and only the ones that fail alone are marked failed.
 */
final class BatchCommits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CorpusIndexer.class);

    private final PassageIndex index;
    private final DocumentStatuses statuses;
    private final IndexProgress progress;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "footnote-index-writer");
        t.setDaemon(true);
        return t;
    });
    /** The batch being written, and its write; null when none is. */
    private IndexBatch writing;
    private Future<?> written;

    BatchCommits(PassageIndex index, DocumentStatuses statuses, IndexProgress progress) {
        this.index = index;
        this.statuses = statuses;
        this.progress = progress;
    }

    /** Embeds the batch here, then hands it to the writer once the batch before it is written. Takes the batch over. */
    void commit(IndexBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        PassageIndex.Prepared prepared;
        try {
            prepared = index.prepare(batch.changes());
        } catch (RuntimeException e) {
            awaitWriting(batch);
            failed(batch, e);
            return;
        }
        awaitWriting(batch);
        writing = batch;
        written = writer.submit(() -> {
            prepared.write();
            batch.documents.forEach(d -> statuses.put(DocumentStatus.indexed(d)));
            progress.committed(batch.documents.size(), batch.passages, batch.bytes);
        });
    }

    /** Waits for the last write: every batch handed over is committed (or has failed) when this returns. */
    void finish() {
        awaitWriting(null);
    }

    /**
     * Waits for the batch being written, handling its failure here. Uninterruptibly: the write is one commit, and the
     * index must not be closed under it (a shutdown interrupts the sync).
     *
     * @param next the batch embedded behind it: its documents wait too when the write pauses the sync
     */
    private void awaitWriting(IndexBatch next) {
        if (writing == null) {
            return;
        }
        IndexBatch batch = writing;
        Future<?> write = written;
        writing = null;
        written = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    write.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof RuntimeException cause)) {
                        throw new IllegalStateException("writing a batch failed", e.getCause());
                    }
                    try {
                        failed(batch, cause);
                    } catch (IndexingPausedException paused) {
                        if (next != null) {
                            waiting(next.documents, paused.reason());
                        }
                        throw paused;
                    }
                    return;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void failed(IndexBatch batch, RuntimeException e) {
        if (IndexOutage.isOutage(e)) {
            throw paused(batch.documents, e);
        }
        log.warn("A batch of {} documents could not be written ({}); writing them one at a time", batch.documents.size(),
                e.getMessage());
        commitOneByOne(batch);
    }

    private void commitOneByOne(IndexBatch batch) {
        if (!batch.deletions.isEmpty() || !batch.restamped.isEmpty()) {
            try {
                index.apply(new IndexChanges(List.of(), batch.deletions, List.of(), List.of(), batch.restamped));
            } catch (RuntimeException e) {
                throw paused(batch.documents, e);
            }
        }
        for (int i = 0; i < batch.documents.size(); i++) {
            Document document = batch.documents.get(i);
            try {
                index.apply(new IndexChanges(List.of(batch.replacement(document)), List.of()));
                statuses.put(DocumentStatus.indexed(document));
                progress.committed(1, document.passages().size(), 0);
            } catch (RuntimeException e) {
                if (IndexOutage.isOutage(e)) {
                    throw paused(batch.documents.subList(i, batch.documents.size()), e);
                }
                log.warn("Corpus file {} could not be written to the index: {}", document.path(), e.getMessage());
                statuses.put(DocumentStatus.queued(document.path())
                        .with(DocumentState.FAILED, "could not be written to the index: " + e.getMessage()));
                progress.settled(0);
            }
        }
    }

    /** The documents not written stay queued, saying why; the caller's sync ends here and is tried again later. */
    private IndexingPausedException paused(List<Document> unwritten, RuntimeException e) {
        String reason = IndexOutage.reason(e);
        waiting(unwritten, reason);
        progress.pause(reason);
        log.warn("Indexing paused, {} documents waiting: {}", unwritten.size(), reason);
        return new IndexingPausedException(reason, e);
    }

    private void waiting(List<Document> unwritten, String reason) {
        new ArrayList<>(unwritten).forEach(d -> statuses.put(DocumentStatus.queued(d.path()).with(DocumentState.QUEUED, "waiting: " + reason)));
    }

    /** Waits for a write still under way (a sync that ended by an exception), then lets the writer thread go. */
    @Override
    public void close() {
        try {
            awaitWriting(null);
        } catch (RuntimeException e) {
            log.debug("A batch written while the sync ended failed: {}", e.getMessage());
        } finally {
            writer.shutdown();
        }
    }
}
