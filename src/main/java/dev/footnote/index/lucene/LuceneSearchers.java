package dev.footnote.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;

import dev.footnote.index.PassageIndex.Hit;

/**
 * The searchers of the index, ranking with its similarity: near-real-time on the writer, or on the last commit when the
 * index was opened read-only. The manager is replaced when {@link LuceneWrites} reopens the writer after a failed write.
 */
final class LuceneSearchers implements Closeable {

    /**
     * Searches the segments of one query side by side. A large index has tens of segments, and the vector search and
     * BM25 each visit every one of them in turn on the request's thread (a 100,000-passage index with 34 segments
     * spent about half of a search's time there, docs/scale.md); with the segments spread over the cores, one
     * client's search takes about the time of its share. Results are the same: each segment's best are merged as
     * before. Daemon threads, shared by every index of the process, so that none has to be shut down.
     */
    private static final Executor SEGMENT_SEARCH = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), new java.util.concurrent.ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(Runnable task) {
                    Thread thread = new Thread(task, "segment-search-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }
            });

    private final Similarity similarity;
    private final StoredPassages passages = new StoredPassages();
    private volatile SearcherManager manager;
    private volatile IndexDamage damage;

    private LuceneSearchers(Similarity similarity) {
        this.similarity = similarity;
    }

    /** Searchers that see what the writer has committed, refreshed after each commit. */
    static LuceneSearchers onWriter(IndexWriter writer, Similarity similarity) throws IOException {
        LuceneSearchers searchers = new LuceneSearchers(similarity);
        searchers.manager = new SearcherManager(writer, searchers.searcherFactory());
        return searchers;
    }

    /** Searchers on the last commit in the folder, with no writer. */
    static LuceneSearchers onLastCommit(Directory directory, Similarity similarity) throws IOException {
        LuceneSearchers searchers = new LuceneSearchers(similarity);
        searchers.manager = new SearcherManager(directory, searchers.searcherFactory());
        return searchers;
    }

    private SearcherFactory searcherFactory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader, SEGMENT_SEARCH);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        };
    }

    /** From now on a read that meets a damaged file reports it to {@code damage}, and reads after it are refused. */
    void watchFor(IndexDamage damage) {
        this.damage = damage;
    }

    /** What a read found damaged, and what to do, if one did. */
    Optional<String> damageFound() {
        IndexDamage watched = damage;
        return watched == null ? Optional.empty() : watched.found();
    }

    /** Runs a read against a consistent point-in-time view of the index. */
    <T> T withSearcher(LucenePassageIndex.SearcherFunction<T> function) {
        IndexDamage watched = damage;
        if (watched != null) {
            watched.refuseIfFound();
        }
        try {
            return read(function);
        } catch (RuntimeException e) {
            // A segment searched on another thread comes back wrapped; the damage is somewhere among the causes.
            throw watched == null ? e : watched.of(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    private <T> T read(LucenePassageIndex.SearcherFunction<T> function) {
        try {
            SearcherManager current = manager;
            IndexSearcher searcher;
            try {
                searcher = current.acquire();
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                // The writer was reopened after a failed write between reading the field and acquiring.
                current = manager;
                searcher = current.acquire();
            }
            try {
                return function.apply(searcher);
            } finally {
                current.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed", e);
        }
    }

    /** Top hits for a query, ties broken by passage id so that results are the same on every run. */
    List<Hit> hits(Query query, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(passages.of(searcher, stored, sd.doc), sd.score));
            }
            hits.sort(Comparator.comparing(Hit::score).reversed().thenComparing(h -> h.passage().id()));
            return hits;
        });
    }

    /** Makes the last commit visible to the next read. */
    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    /**
     * Searchers on a reopened writer from now on; returns the old manager for the caller to close once the writer is
     * in place. Searchers already handed out keep their reader.
     */
    SearcherManager switchTo(IndexWriter reopened) throws IOException {
        SearcherManager old = manager;
        manager = new SearcherManager(reopened, searcherFactory());
        return old;
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
