package dev.footnote.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

import dev.footnote.outage.IndexUnavailableException;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.StableIds;
import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageVectors;

/**
 * Writes a batch of changes so that queries never see half a file, in three commits: (1) the new
 * versions' passages, invisible while no file record points at them; (2) the file records that
 * switch each file to its new version, together with the deletions of removed files: the moment
 * the batch becomes visible; (3) the passages of the versions just replaced. A failure in (1) leaves
 * only invisible passages, overwritten on the next try; after (2) the batch is in.
 */
final class SolrIndexWriter {

    private final SolrClient client;
    private final String collection;
    private final int batchSize;

    /** Whether the collection's schema has the stamp fields; a collection created before them gets records without. */
    private final boolean stamps;

    /** Whether the collection's schema has the summary fields; a collection created before them gets no summaries. */
    private final boolean summaries;

    SolrIndexWriter(SolrClient client, String collection, int batchSize, boolean stamps, boolean summaries) {
        this.client = client;
        this.collection = collection;
        this.batchSize = batchSize;
        this.stamps = stamps;
        this.summaries = summaries;
    }

    /**
     * @param vectorsByHash passage vectors by embedding hash, or {@code null} for a collection without vectors
     * @param annotator     what features extract from each document, stored with its passages
     */
    void write(IndexChanges changes, Map<String, EmbeddedPassage> vectorsByHash, PassageAnnotator annotator) {
        try {
            List<SolrInputDocument> batch = new ArrayList<>(batchSize);
            List<SolrInputDocument> summaryRecords = new ArrayList<>();
            List<String> unsummarised = new ArrayList<>();
            for (IndexChanges.Replacement replacement : changes.replacements()) {
                Document document = replacement.document();
                Map<String, PassageAnnotator.Annotation> annotations = annotator.annotate(document);
                PassageAnnotator.Summary summary = summaries ? annotator.summarise(document, annotations) : null;
                if (summary != null) {
                    summaryRecords.add(SolrDocuments.summary(document, summary));
                } else {
                    unsummarised.add(SolrFields.summaryId(document.id()));
                }
                for (Passage passage : document.passages()) {
                    EmbeddedPassage vectors = vectorsByHash == null ? null : vectorsByHash.get(PassageVectors.embeddingHash(passage));
                    batch.add(SolrDocuments.passage(document, passage, vectors, annotations.get(passage.id())));
                    if (batch.size() >= batchSize) {
                        client.add(collection, batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
            }
            if (!batch.isEmpty()) {
                client.add(collection, batch);
            }
            if (!changes.replacements().isEmpty()) {
                client.commit(collection);
            }

            // The switch: file records of the new versions, records restamped, exclusion records written and dropped.
            List<SolrInputDocument> records = new ArrayList<>();
            changes.replacements().forEach(r -> records.add(SolrDocuments.file(r, stamps)));
            changes.restamped().forEach(f -> records.add(SolrDocuments.file(f, stamps)));
            changes.excluded().forEach(path -> records.add(SolrDocuments.exclusion(path)));
            // Each new version's summary with its record; a summary of an older version must not outlive it.
            records.addAll(summaryRecords);
            if (!records.isEmpty()) {
                client.add(collection, records);
            }
            if (!unsummarised.isEmpty()) {
                client.deleteById(collection, unsummarised);
            }
            if (!changes.included().isEmpty()) {
                client.deleteById(collection, changes.included().stream()
                        .map(path -> SolrFields.exclusionId(StableIds.documentId(path))).toList());
            }
            for (int from = 0; from < changes.deletions().size(); from += batchSize) {
                // Everything of the removed files: records, passages and their sentences.
                List<String> removed = changes.deletions().subList(from, Math.min(changes.deletions().size(), from + batchSize));
                client.deleteByQuery(collection, "{!terms f=" + IndexFields.DOCUMENT_ID + "}" + String.join(",", removed));
            }
            client.commit(collection);

            List<Document> replaced = changes.replacements().stream().map(IndexChanges.Replacement::document).toList();
            for (int from = 0; from < replaced.size(); from += batchSize) {
                client.deleteByQuery(collection, olderVersions(replaced.subList(from, Math.min(replaced.size(), from + batchSize))));
            }
            if (!changes.replacements().isEmpty()) {
                client.commit(collection);
            }
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Solr update of collection '" + collection + "' failed: " + e.getMessage(), e);
        } catch (SolrException e) {
            if (SolrOutages.isOutage(e)) {
                // No live node: an outage (the batch is retried), not a fault of the documents.
                throw new IndexUnavailableException("the Solr collection '" + collection + "' cannot be reached: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Every passage and sentence of these documents that is not of their new version: whole blocks, since a
     * passage and its sentence children match alike. One delete for many documents, not one each.
     */
    static String olderVersions(List<Document> documents) {
        String ids = documents.stream().map(Document::id).collect(Collectors.joining(","));
        String versions = documents.stream().map(d -> SolrFields.version(d.id(), d.contentHash())).collect(Collectors.joining(","));
        return "+_query_:\"{!terms f=" + IndexFields.DOCUMENT_ID + "}" + ids + "\""
                + " +" + SolrFields.DOC_TYPE + ":(" + SolrFields.PASSAGE + " OR " + SolrFields.SENTENCE + ")"
                + " -_query_:\"{!terms f=" + SolrFields.DOC_VERSION + "}" + versions + "\"";
    }
}
