package dev.footnote.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.footnote.corpus.FolderWatcher;
import dev.footnote.index.IndexWorker;

/**
 * Once the server listens, synchronises the index with the corpus folder in the background and
 * starts watching the folder. Searches and answers work meanwhile on what is already committed;
 * {@code GET /api/index} and the log report the progress. The eval and bench commands (no web server)
 * drive the indexer themselves.
 */
@Component
@ConditionalOnWebApplication
class IndexStartup implements AutoCloseable {

    private final IndexWorker worker;
    private final CorpusProperties corpus;
    private FolderWatcher watcher;

    IndexStartup(IndexWorker worker, CorpusProperties corpus) {
        this.worker = worker;
        this.corpus = corpus;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.requestSync();
        if (corpus.watch()) {
            watcher = new FolderWatcher(corpus.dir(), corpus.watchInterval(), worker::requestSync);
            watcher.start();
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
