package dev.footnote.retrieval;

import java.util.List;
import java.util.Map;

import dev.footnote.index.PassageIndex;

/** Search for people: retrieved passages with highlighted fragments (the index's text analysis) (HTML-escaped, matches in {@code <mark>}). */
public final class PassageSearch {

    private static final int FRAGMENT_CHARS = 160;
    private static final int FRAGMENTS = 3;

    private final Map<RetrievalMode, Retriever> retrievers;
    private final Bm25Retriever highlightQueries;
    private final PassageIndex index;

    /** @param retrievers a retriever for every mode */
    public PassageSearch(Map<RetrievalMode, Retriever> retrievers, Bm25Retriever highlightQueries, PassageIndex index) {
        for (RetrievalMode mode : RetrievalMode.values()) {
            if (!retrievers.containsKey(mode)) {
                throw new IllegalArgumentException("no retriever for mode " + mode.label());
            }
        }
        this.retrievers = Map.copyOf(retrievers);
        this.highlightQueries = highlightQueries;
        this.index = index;
    }

    /** Hybrid search. */
    public List<SearchHit> search(String query, int limit) {
        return search(query, limit, RetrievalMode.HYBRID);
    }

    public List<SearchHit> search(String query, int limit, RetrievalMode mode) {
        return find(query, limit, mode).hits();
    }

    /** Hits and what the search had to do without (e.g. a hybrid search whose embedding server was down: BM25 alone). */
    public record Results(List<SearchHit> hits, List<String> warnings) {
    }

    /** As {@link #search(String, int, RetrievalMode)}, with the warnings of the search. */
    public Results find(String query, int limit, RetrievalMode mode) {
        dev.footnote.retrieval.Query asked = new dev.footnote.retrieval.Query(query);
        List<RetrievedPassage> found = retrievers.get(mode).retrieve(asked, limit);
        List<String> terms = highlightQueries.terms(query);
        List<SearchHit> hits = found.stream()
                .map(r -> new SearchHit(r.passage(), r.score(),
                        index.analysis().highlight(terms, r.passage().text(), FRAGMENT_CHARS, FRAGMENTS)))
                .toList();
        return new Results(hits, List.copyOf(asked.warnings()));
    }
}
