package dev.footnote.index.lucene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

import dev.footnote.corpus.Passage;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageDocuments;
import dev.footnote.index.PassageIndex.DocumentSummary;
import dev.footnote.index.PassageIndex.Extract;
import dev.footnote.index.PassageIndex.Hit;

/**
 * What answers and positions read of the index's passages, through its searchers: one by id, those of a document,
 * the passages with their stored extracts (all, or those a request selects) and the document summaries.
 */
final class LuceneExtracts {

    private final LuceneSearchers searchers;

    LuceneExtracts(LuceneSearchers searchers) {
        this.searchers = searchers;
    }

    private record Row(String path, Extract extract) {
    }

    /** The passage with this id, if the index holds it. */
    Optional<Passage> passage(String passageId) {
        List<Hit> hits = searchers.hits(new TermQuery(new Term(IndexFields.PASSAGE_ID, passageId)), 1);
        return hits.stream().findFirst().map(Hit::passage);
    }

    /** All passages of a document, in reading order. */
    List<Passage> passagesOf(String documentId) {
        return searchers.hits(new TermQuery(new Term(IndexFields.DOCUMENT_ID, documentId)), Integer.MAX_VALUE).stream()
                .map(Hit::passage)
                .sorted(Comparator.comparingInt(Passage::ordinal))
                .toList();
    }

    /** Every passage with its stored extract, document by document in path order, each in reading order. */
    List<Extract> all() {
        List<Row> rows = searchers.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            List<Row> all = new ArrayList<>();
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                org.apache.lucene.document.Document doc = stored.document(d);
                if (doc.get(IndexFields.PASSAGE_ID) != null) {
                    all.add(row(doc));
                }
            }
            return all;
        });
        return inReadingOrder(rows);
    }

    /** The passages these select, with their extracts: one search over the three id fields, then those passages only. */
    List<Extract> selectedBy(Collection<String> passageIds, Collection<String> documentIds, Collection<String> actors) {
        org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
        Map.of(IndexFields.PASSAGE_ID, passageIds, IndexFields.DOCUMENT_ID, documentIds, IndexFields.ACTOR, actors)
                .forEach((field, values) -> {
                    if (!values.isEmpty()) {
                        any.add(new org.apache.lucene.search.TermInSetQuery(field,
                                values.stream().map(org.apache.lucene.util.BytesRef::new).toList()),
                                org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                    }
                });
        Query query = any.build();
        if (((org.apache.lucene.search.BooleanQuery) query).clauses().isEmpty()) {
            return List.of();
        }
        List<Row> rows = searchers.withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<Row> found = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                org.apache.lucene.document.Document doc = stored.document(sd.doc);
                if (doc.get(IndexFields.PASSAGE_ID) != null) {
                    found.add(row(doc));
                }
            }
            return found;
        });
        return inReadingOrder(rows);
    }

    private static Row row(org.apache.lucene.document.Document doc) {
        return new Row(doc.get(IndexFields.PATH), new Extract(PassageDocuments.toPassage(doc), doc.get(IndexFields.STATEMENTS)));
    }

    /** Sorted after the searcher is released: document by document in path order, each in reading order. */
    private static List<Extract> inReadingOrder(List<Row> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(Row::path).thenComparingInt(r -> r.extract().passage().ordinal()))
                .map(Row::extract)
                .toList();
    }

    /** The summaries made under this key with anything in them, in path order. */
    List<DocumentSummary> summaries(String key) {
        return searchers.withSearcher(searcher -> LuceneRecords.summaries(searcher, key));
    }

    /** The documents without a summary made under this key, id to path. */
    Map<String, String> unsummarised(String key) {
        return searchers.withSearcher(searcher -> LuceneRecords.unsummarised(searcher, key));
    }
}
