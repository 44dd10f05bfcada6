package dev.footnote.retrieval;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex;

/**
 * BM25 over the passage text. The query is built from analysed terms rather than parsed, so a
 * question with quotes, colons or question marks is never a syntax error.
 */
public final class Bm25Retriever implements Retriever {

    /** The source line names a passage's origin; it should tip a ranking, not decide it. */
    private static final float SOURCE_BOOST = 0.3f;

    private final PassageIndex index;
    private final TermWeights terms;

    public Bm25Retriever(PassageIndex index, TermWeights terms) {
        this.index = index;
        this.terms = terms;
    }

    @Override
    public List<RetrievedPassage> retrieve(String query, int limit) {
        Query lucene = toQuery(query);
        if (lucene == null || limit <= 0) {
            return List.of();
        }
        return index.search(lucene, limit).stream()
                .map(hit -> new RetrievedPassage(hit.passage(), hit.score()))
                .toList();
    }

    /** The BM25 query for a text, or {@code null} when it has no searchable terms. */
    Query toQuery(String text) {
        List<String> analysed = terms.terms(text);
        if (analysed.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : analysed) {
            builder.add(new TermQuery(new Term(IndexFields.TEXT, term)), BooleanClause.Occur.SHOULD);
            builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.SOURCE, term)), SOURCE_BOOST), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }
}
