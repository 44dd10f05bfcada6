package dev.footnote.index.solr;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.BeforeEach;

import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.DocumentRecordsContract;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;

/**
 * The document and exclusion records on the SolrCloud backend (2 shards x 2 replicas on the run's in-JVM
 * cluster): a restart is a new backend over the same collection, as a new process of the app would open it.
 */
class SolrDocumentRecordsTest extends DocumentRecordsContract {

    private static final AtomicInteger COLLECTIONS = new AtomicInteger();

    private SolrSettings settings;
    private CloudSolrClient client;
    private PassageVectors vectors;

    @BeforeEach
    void collection() {
        client = SolrTestCluster.shared().cluster().getSolrClient();
        settings = SolrTestCluster.settings("records-" + COLLECTIONS.incrementAndGet(), 2, 2, 32);
        vectors = new PassageVectors(new CountingEmbedder("counting"), 8, true);
    }

    @Override
    protected PassageIndex open() {
        SolrCollections.prepare(client, settings, SolrPassageIndex.modelId(vectors));
        return new SolrPassageIndex(client, settings, new FootnoteAnalyzer(), vectors);
    }

    @Override
    protected void close(PassageIndex index) {
        // The collection stays, as it does when the app stops.
    }
}
