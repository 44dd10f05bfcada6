package dev.footnote.index.solr;

import java.util.List;

import org.apache.solr.client.solrj.SolrQuery;

import dev.footnote.index.IndexFields;

/**
 * Solr requests for Footnote's searches. BM25 sends the clauses of {@link dev.footnote.index.Bm25Queries}
 * as term queries on already analysed terms (never re-analysed, never a syntax error); every search
 * shows current versions only ({@link SolrFields#CURRENT_ONLY}).
 */
final class SolrQueries {

    static final String PASSAGE_FIELDS = String.join(",", IndexFields.PASSAGE_ID, IndexFields.DOCUMENT_ID, IndexFields.ORDINAL,
            IndexFields.TEXT, IndexFields.SOURCE, IndexFields.PAGE, IndexFields.SECTION, IndexFields.CONTEXT);

    /** solrconfig.xml's default {@code maxBooleanClauses}. */
    private static final int MAX_CLAUSES = 1024;

    private SolrQueries() {
    }

    /** Current passages only. */
    static SolrQuery current(String query) {
        SolrQuery q = new SolrQuery(query);
        q.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.PASSAGE, SolrFields.CURRENT_ONLY);
        q.setFields(PASSAGE_FIELDS, "score");
        return q;
    }

    /** Every term in the text, and (boosted by {@code sourceBoost}) in the source line, summed as one BM25 score. */
    static SolrQuery bm25(List<String> terms, float sourceBoost, int limit) {
        StringBuilder bool = new StringBuilder("{!bool");
        SolrQuery q = current(null);
        // As in Bm25Queries: the terms that fit under the collection's clause limit (maxBooleanClauses, 1024).
        int perTerm = sourceBoost > 0 ? 4 : 1;
        int fit = Math.min(terms.size(), MAX_CLAUSES / perTerm);
        for (int i = 0; i < fit; i++) {
            q.set("w" + i, terms.get(i));
            q.set("ft" + i, "{!term f=" + IndexFields.TEXT + " v=$w" + i + "}");
            bool.append(" should=$ft").append(i);
            if (sourceBoost > 0) {
                q.set("fu" + i, "{!term f=" + IndexFields.SOURCE + " v=$w" + i + "}");
                q.set("fs" + i, "{!boost b=" + sourceBoost + " v=$fu" + i + "}");
                bool.append(" should=$fs").append(i);
                // A heading names what the paragraphs below it are about, like a source line.
                q.set("fh" + i, "{!term f=" + IndexFields.SECTION + " v=$w" + i + "}");
                q.set("fk" + i, "{!boost b=" + sourceBoost + " v=$fh" + i + "}");
                bool.append(" should=$fk").append(i);
                // So do the lines around it that are not quoted: memo header, signature, title page.
                q.set("fc" + i, "{!term f=" + IndexFields.CONTEXT + " v=$w" + i + "}");
                q.set("fx" + i, "{!boost b=" + sourceBoost + " v=$fc" + i + "}");
                bool.append(" should=$fx").append(i);
            }
        }
        q.setQuery(bool.append('}').toString());
        q.setRows(limit);
        return q;
    }

    /** The HNSW nearest neighbours of a vector, cosine. */
    static SolrQuery knn(float[] vector, int k) {
        StringBuilder v = new StringBuilder("{!knn f=" + IndexFields.VECTOR + " topK=" + k + "}[");
        for (int i = 0; i < vector.length; i++) {
            v.append(i == 0 ? "" : ",").append(vector[i]);
        }
        SolrQuery q = current(v.append(']').toString());
        q.setRows(k);
        return q;
    }

    /** Exactly this value of a keyword field. */
    static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }
}
