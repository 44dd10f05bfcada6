package dev.footnote.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.footnote.corpus.FolderWatcher;
import dev.footnote.index.IndexWorker;

/**
 * Once the server listens, synchronises the index with the corpus folder in the background and watches the folder.
 * Searches and answers work meanwhile on what is already committed; {@code GET /api/index} and the log report the
 * progress. The watcher starts from the first sync's listing: a folder of 100,000 files is not listed a second time
 * at the busiest moment of a start, and a file changed after that listing is seen by the watcher's first look.
 * Starting the sync before the server listens was measured and not kept: on 2 cores it delayed the first page by
 * more than it brought `ready` forward (docs/scale.md). The eval and bench commands (no web server) drive the
 * indexer themselves.
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
        if (corpus.watch()) {
            watcher = new FolderWatcher(corpus.dir(), corpus.watchInterval(), worker::requestSync);
            worker.indexer().onNextListing(watcher::start);
        }
        worker.requestSync();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
