package dev.footnote.index.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;

import dev.footnote.corpus.Passage;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageIndex.DocumentSummary;
import dev.footnote.index.PassageIndex.Extract;

/**
 * What positions reads of the collection: the passages with their stored extracts (all, or those a request selects)
 * and the document summaries, current versions only.
 */
final class SolrExtracts {

    private final SolrReader reader;
    private final SolrRecords records;

    SolrExtracts(SolrReader reader, SolrRecords records) {
        this.reader = reader;
        this.records = records;
    }

    /** Every current passage with its stored extract, in path order and reading order within a file. */
    List<Extract> all() {
        SolrQuery q = SolrQueries.current("*:*");
        q.setRows(0);
        long count = reader.query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setFields(SolrQueries.PASSAGE_FIELDS, IndexFields.STATEMENTS);
        q.setSort(IndexFields.PATH, SolrQuery.ORDER.asc);
        q.addSort(IndexFields.ORDINAL, SolrQuery.ORDER.asc);
        return reader.query(q).getResults().stream()
                .map(doc -> new Extract(SolrDocuments.toPassage(doc), (String) doc.getFirstValue(IndexFields.STATEMENTS)))
                .toList();
    }

    /** The passages these select, current versions only, with their extracts; one request of term clauses. */
    List<Extract> selectedBy(Collection<String> passageIds, Collection<String> documentIds, Collection<String> actors) {
        record Row(String path, Extract extract) {
        }
        Map<String, Row> found = new HashMap<>();
        // Term clauses with their values as parameters (never parsed, any character allowed), under the clause limit.
        List<String[]> clauses = new ArrayList<>();
        passageIds.forEach(v -> clauses.add(new String[] {IndexFields.PASSAGE_ID, v}));
        documentIds.forEach(v -> clauses.add(new String[] {IndexFields.DOCUMENT_ID, v}));
        actors.forEach(v -> clauses.add(new String[] {IndexFields.ACTOR, v}));
        for (int from = 0; from < clauses.size(); from += 512) {
            SolrQuery q = SolrQueries.current(null);
            StringBuilder bool = new StringBuilder("{!bool");
            for (int i = from; i < Math.min(clauses.size(), from + 512); i++) {
                q.set("v" + i, clauses.get(i)[1]);
                q.set("t" + i, "{!term f=" + clauses.get(i)[0] + " v=$v" + i + "}");
                bool.append(" should=$t").append(i);
            }
            q.setQuery(bool.append('}').toString());
            q.setRows(0);
            long count = reader.query(q).getResults().getNumFound();
            q.setRows((int) count);
            q.setFields(SolrQueries.PASSAGE_FIELDS, IndexFields.PATH, IndexFields.STATEMENTS);
            reader.query(q).getResults().forEach(doc -> {
                Passage passage = SolrDocuments.toPassage(doc);
                found.put(passage.id(), new Row((String) doc.getFirstValue(IndexFields.PATH),
                        new Extract(passage, (String) doc.getFirstValue(IndexFields.STATEMENTS))));
            });
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Row::path).thenComparingInt(r -> r.extract().passage().ordinal()))
                .map(Row::extract)
                .toList();
    }

    /** The summaries made under this key with anything in them, in path order. */
    List<DocumentSummary> summaries(String key) {
        SolrQuery q = new SolrQuery(SolrQueries.term(IndexFields.SUMMARY_FULL, key));
        q.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.SUMMARY);
        q.setRows(0);
        long count = reader.query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setFields(IndexFields.DOCUMENT_ID, IndexFields.PATH, IndexFields.SUMMARY_TEXT);
        q.setSort(IndexFields.PATH, SolrQuery.ORDER.asc);
        return reader.query(q).getResults().stream().map(doc -> new DocumentSummary((String) doc.getFirstValue(IndexFields.DOCUMENT_ID),
                (String) doc.getFirstValue(IndexFields.PATH), (String) doc.getFirstValue(IndexFields.SUMMARY_TEXT))).toList();
    }

    /** The documents without a summary made under this key, id to path: none, at the cost of two counts, when all have one. */
    Map<String, String> unsummarised(String key) {
        SolrQuery current = new SolrQuery(SolrQueries.term(IndexFields.SUMMARY_KEY, key));
        current.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.SUMMARY);
        current.setRows(0);
        long summarised = reader.query(current).getResults().getNumFound();
        if (summarised >= records.countDocuments()) {
            return Map.of();
        }
        Map<String, String> ids = new HashMap<>();
        records.files().values().forEach(f -> ids.put(f.documentId(), f.path()));
        current.setRows((int) summarised);
        current.setFields(IndexFields.DOCUMENT_ID);
        reader.query(current).getResults().forEach(doc -> ids.remove((String) doc.getFirstValue(IndexFields.DOCUMENT_ID)));
        return ids;
    }
}
