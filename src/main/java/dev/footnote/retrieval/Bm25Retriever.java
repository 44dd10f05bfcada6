package dev.footnote.retrieval;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;

import dev.footnote.evidence.TermWeights;
import dev.footnote.index.IndexFields;
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
        BooleanQuery lucene = toQuery(query.retrievalText());
        if (lucene == null || limit <= 0) {
            return List.of();
        }
        return index.search(lucene, limit).stream()
                .map(hit -> new RetrievedPassage(hit.passage(), hit.score()))
                .toList();
    }

    /** The BM25 query for a text, or {@code null} when it has no searchable terms. */
    BooleanQuery toQuery(String text) {
        List<String> analysed = terms.terms(text);
        if (analysed.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : analysed) {
            builder.add(new TermQuery(new Term(IndexFields.TEXT, term)), BooleanClause.Occur.SHOULD);
            if (sourceBoost > 0) {
                builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.SOURCE, term)), sourceBoost), BooleanClause.Occur.SHOULD);
            }
        }
        return builder.build();
    }
}
