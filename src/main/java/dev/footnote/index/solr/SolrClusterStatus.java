package dev.footnote.index.solr;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;

/**
 * What health reports of the collection: the live nodes, and per shard how many of its replicas
 * are active. Searches succeed while every shard has one active replica.
 *
 * @param liveNodes the nodes ZooKeeper sees alive
 * @param shards    per shard, "active/total" replicas
 * @param searchable whether every shard has at least one active replica
 */
public record SolrClusterStatus(int liveNodes, Map<String, String> shards, boolean searchable) {

    public SolrClusterStatus {
        shards = Map.copyOf(shards);
    }

    public static SolrClusterStatus of(CloudSolrClient client, String collection) {
        ClusterState state = client.getClusterStateProvider().getClusterState();
        Set<String> live = state.getLiveNodes();
        DocCollection docs = state.getCollectionOrNull(collection);
        if (docs == null) {
            return new SolrClusterStatus(live.size(), Map.of(), false);
        }
        Map<String, String> shards = new TreeMap<>();
        boolean searchable = true;
        for (Slice slice : docs.getSlices()) {
            long active = slice.getReplicas().stream().filter(r -> r.isActive(live)).count();
            shards.put(slice.getName(), active + "/" + slice.getReplicas().size());
            searchable &= active > 0;
        }
        return new SolrClusterStatus(live.size(), shards, searchable);
    }
}
