package dev.footnote.index;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.footnote.corpus.Passage;

/**
 * A backend that notes every call that reads the whole index, or a whole document, rather than kept counts
 * or one record: {@code files()} (every document record), {@code extracts()} (every passage), {@code passagesOf}
 * and the searches. Each call is noted with the thread that made it, so that a test can tell the calls
 * of its own requests from the indexer's.
 */
public final class CountingIndex extends PassageIndexDelegate {

    private final ConcurrentLinkedQueue<String> reads = new ConcurrentLinkedQueue<>();

    public CountingIndex(PassageIndex backend) {
        super(backend);
    }

    private void note(String method) {
        reads.add(method + " on " + Thread.currentThread().getName());
    }

    /** The calls noted since the last {@link #reset()}, as {@code "files on http-nio-…-exec-1"}. */
    public List<String> reads() {
        return List.copyOf(reads);
    }

    public void reset() {
        reads.clear();
    }

    @Override
    public Map<String, IndexedFile> files() {
        note("files");
        return super.files();
    }

    @Override
    public List<Extract> extracts() {
        note("extracts");
        return super.extracts();
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        note("passagesOf");
        return super.passagesOf(documentId);
    }

    @Override
    public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
        note("bm25");
        return super.bm25(terms, sourceBoost, limit);
    }

    @Override
    public List<Hit> nearest(float[] vector, int k) {
        note("nearest");
        return super.nearest(vector, k);
    }
}
