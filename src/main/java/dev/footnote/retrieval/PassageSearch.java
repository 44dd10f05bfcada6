package dev.footnote.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexBackend;

/** Search for people: retrieved passages with Lucene-highlighted fragments (HTML-escaped, matches in {@code <mark>}). */
public final class PassageSearch {

    private static final int FRAGMENT_CHARS = 160;
    private static final int FRAGMENTS = 3;

    private final Map<RetrievalMode, Retriever> retrievers;
    private final Bm25Retriever highlightQueries;
    private final IndexBackend index;

    /** @param retrievers a retriever for every mode */
    public PassageSearch(Map<RetrievalMode, Retriever> retrievers, Bm25Retriever highlightQueries, IndexBackend index) {
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
        Query terms = highlightQueries.toQuery(query);
        List<SearchHit> hits = found.stream()
                .map(r -> new SearchHit(r.passage(), r.score(), highlight(terms, r.passage().text())))
                .toList();
        return new Results(hits, List.copyOf(asked.warnings()));
    }

    private String highlight(Query query, String text) {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        if (query == null) {
            return encoder.encodeText(text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…");
        }
        QueryScorer scorer = new QueryScorer(query, IndexFields.TEXT);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        try {
            String[] fragments = highlighter.getBestFragments(index.analyzer(), IndexFields.TEXT, text, FRAGMENTS);
            if (fragments.length == 0) {
                // A dense hit may share no word with the query: show its opening instead.
                return encoder.encodeText(text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…");
            }
            return String.join(" … ", fragments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException("highlighter offsets out of range", e);
        }
    }
}
