package dev.footnote.retrieval;

import java.util.List;

import dev.footnote.evidence.TermWeights;
import dev.footnote.index.PassageIndex;

/**
 * BM25 over the passage text. The query is built from analysed terms rather than parsed, so a
 * question with quotes, colons or question marks is never a syntax error.
 */
public final class Bm25Retriever implements Retriever {

    /** The source line names a passage's origin; by default it should tip a ranking, not decide it. */
    public static final float DEFAULT_SOURCE_BOOST = 0.3f;

    private final PassageIndex index;
    private final TermWeights terms;
    private final float sourceBoost;

    public Bm25Retriever(PassageIndex index, TermWeights terms) {
        this(index, terms, DEFAULT_SOURCE_BOOST);
    }

    /** @param sourceBoost weight of a match in the source line (title, citation) relative to one in the text */
    public Bm25Retriever(PassageIndex index, TermWeights terms, float sourceBoost) {
        this.index = index;
        this.terms = terms;
        this.sourceBoost = sourceBoost;
    }

    @Override
    public List<RetrievedPassage> retrieve(Query query, int limit) {
        List<String> analysed = terms.terms(query.retrievalText());
        if (analysed.isEmpty() || limit <= 0) {
            return List.of();
        }
        return index.bm25(analysed, sourceBoost, limit).stream()
                .map(hit -> new RetrievedPassage(hit.passage(), hit.score()))
                .toList();
    }

    /** The analysed terms a text is searched by (for highlighting); empty when it has none. */
    List<String> terms(String text) {
        return terms.terms(text);
    }
}
