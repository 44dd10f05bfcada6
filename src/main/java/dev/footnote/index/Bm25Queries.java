package dev.footnote.index;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The BM25 query of analysed terms, built rather than parsed so that a question with quotes,
 * colons or question marks is never a syntax error: every term in the text, and with a lower weight
 * in the source line, the section heading and the context lines. The Solr backend sends the same clauses ({@code index.solr.SolrQueries}).
 */
public final class Bm25Queries {

    private Bm25Queries() {
    }

    /** The query, or {@code null} when there are no terms. */
    public static BooleanQuery of(List<String> terms, float sourceBoost) {
        if (terms.isEmpty()) {
            return null;
        }
        // Lucene refuses a query of more than its clause limit (1024) with an exception; a text that long
        // (a pasted page of random words) is searched on the terms that fit, in the order they come.
        int perTerm = sourceBoost > 0 ? 4 : 1;
        int fit = Math.min(terms.size(), IndexSearcher.getMaxClauseCount() / perTerm);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : terms.subList(0, fit)) {
            builder.add(new TermQuery(new Term(IndexFields.TEXT, term)), BooleanClause.Occur.SHOULD);
            if (sourceBoost > 0) {
                builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.SOURCE, term)), sourceBoost), BooleanClause.Occur.SHOULD);
                // A heading names what the paragraphs below it are about, like a source line.
                builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.SECTION, term)), sourceBoost), BooleanClause.Occur.SHOULD);
                // So do the lines around it that are not quoted: memo header, signature, title page.
                builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.CONTEXT, term)), sourceBoost), BooleanClause.Occur.SHOULD);
            }
        }
        return builder.build();
    }
}
