package dev.footnote.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.index.EmbeddedPassage;
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

    SolrIndexWriter(SolrClient client, String collection, int batchSize) {
        this.client = client;
        this.collection = collection;
        this.batchSize = batchSize;
    }

    /** @param vectorsByHash passage vectors by embedding hash, or {@code null} for a collection without vectors */
    void write(IndexChanges changes, Map<String, EmbeddedPassage> vectorsByHash) {
        try {
            List<SolrInputDocument> batch = new ArrayList<>(batchSize);
            for (IndexChanges.Replacement replacement : changes.replacements()) {
                Document document = replacement.document();
                for (Passage passage : document.passages()) {
                    EmbeddedPassage vectors = vectorsByHash == null ? null : vectorsByHash.get(PassageVectors.embeddingHash(passage));
                    batch.add(SolrDocuments.passage(document, passage, vectors));
                    if (batch.size() >= batchSize) {
                        client.add(collection, batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
            }
            if (!batch.isEmpty()) {
                client.add(collection, batch);
            }
            client.commit(collection);

            List<SolrInputDocument> files = changes.replacements().stream().map(r -> SolrDocuments.file(r.document())).toList();
            if (!files.isEmpty()) {
                client.add(collection, files);
            }
            for (String documentId : changes.deletions()) {
                client.deleteByQuery(collection, IndexFields.DOCUMENT_ID + ":" + SolrFields.quoted(documentId));
            }
            client.commit(collection);

            for (IndexChanges.Replacement replacement : changes.replacements()) {
                Document document = replacement.document();
                // Whole blocks: the old passages and their sentence children match alike.
                client.deleteByQuery(collection, IndexFields.DOCUMENT_ID + ":" + SolrFields.quoted(document.id())
                        + " AND " + SolrFields.DOC_TYPE + ":(" + SolrFields.PASSAGE + " OR " + SolrFields.SENTENCE + ")"
                        + " AND -" + SolrFields.DOC_VERSION + ":" + SolrFields.quoted(SolrFields.version(document.id(), document.contentHash())));
            }
            if (!changes.replacements().isEmpty()) {
                client.commit(collection);
            }
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Solr update of collection '" + collection + "' failed: " + e.getMessage(), e);
        }
    }
}
