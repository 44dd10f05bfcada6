package dev.footnote.index.solr;

import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.common.SolrException;

/** Tells a cluster that cannot be reached from a request that Solr refused. */
final class SolrOutages {

    private SolrOutages() {
    }

    /**
     * Whether a runtime Solr error means "no node could be asked": the cloud client raises a plain
     * {@link SolrException} of its own when no live replica can take the request ("Could not find a
     * healthy node…"), while a node's answer comes as a remote exception (a bad query: not an outage),
     * unless that node itself says it is unavailable (503).
     */
    static boolean isOutage(SolrException e) {
        return !(e instanceof BaseHttpSolrClient.RemoteSolrException) || e.code() == SolrException.ErrorCode.SERVICE_UNAVAILABLE.code;
    }
}
