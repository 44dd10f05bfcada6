package dev.footnote.index.solr;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;

/** The records the collection keeps beside the passages: one file record per document, one per excluded file. */
final class SolrRecords {

    private final SolrReader reader;

    SolrRecords(SolrReader reader) {
        this.reader = reader;
    }

    /** The file records, by path. */
    Map<String, IndexedFile> files() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setRows(0);
        long count = reader.query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setSort(IndexFields.PATH, SolrQuery.ORDER.asc);
        Map<String, IndexedFile> files = new LinkedHashMap<>();
        for (SolrDocument doc : reader.query(q).getResults()) {
            IndexedFile file = SolrDocuments.toFile(doc);
            files.put(file.path(), file);
        }
        return files;
    }

    Optional<IndexedFile> file(String documentId) {
        SolrQuery q = new SolrQuery(SolrQueries.term(IndexFields.DOCUMENT_ID, documentId));
        q.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setRows(1);
        return reader.query(q).getResults().stream().findFirst().map(SolrDocuments::toFile);
    }

    /** How many file records there are, counted now. */
    int countDocuments() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setRows(0);
        return (int) reader.query(q).getResults().getNumFound();
    }

    /** The paths of the excluded files. */
    Set<String> exclusions() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.EXCLUDED);
        q.setRows(0);
        long count = reader.query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setFields(IndexFields.PATH);
        Set<String> paths = new HashSet<>();
        reader.query(q).getResults().forEach(doc -> paths.add((String) doc.getFirstValue(IndexFields.PATH)));
        return Set.copyOf(paths);
    }
}
