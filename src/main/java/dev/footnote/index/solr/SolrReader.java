package dev.footnote.index.solr;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;

import dev.footnote.outage.IndexUnavailableException;

/** Queries one collection; a cluster that cannot answer is an {@link IndexUnavailableException}, never a SolrJ error. */
final class SolrReader {

    private final SolrClient client;
    private final String collection;

    SolrReader(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    QueryResponse query(SolrQuery query) {
        try {
            // POST: a kNN vector or a list of hashes makes a long query, past what fits in a URL (an HTTP/2 header).
            return client.query(collection, query, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException e) {
            // Unreachable cluster or a shard without a live replica: an outage, reported as 503 and retried by the indexer.
            throw new IndexUnavailableException("the Solr collection '" + collection + "' cannot be reached: " + e.getMessage(), e);
        } catch (SolrException e) {
            // Every node down: the cloud client says so with a runtime exception ("Could not find a healthy node…"), not a checked one.
            if (SolrOutages.isOutage(e)) {
                throw new IndexUnavailableException("the Solr collection '" + collection + "' cannot be reached: " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
