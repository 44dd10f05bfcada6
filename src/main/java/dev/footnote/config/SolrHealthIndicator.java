package dev.footnote.config;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import dev.footnote.index.solr.SolrClusterStatus;

/**
 * {@code /actuator/health} component "solr" (with {@code footnote.index.backend=solr}): up while
 * every shard has an active replica, with the live nodes and the active replicas per shard.
 */
@Component("solr")
@ConditionalOnProperty(name = "footnote.index.backend", havingValue = "solr")
class SolrHealthIndicator implements HealthIndicator {

    private final CloudSolrClient client;
    private final SolrProperties solr;

    SolrHealthIndicator(CloudSolrClient client, SolrProperties solr) {
        this.client = client;
        this.solr = solr;
    }

    @Override
    public Health health() {
        SolrClusterStatus status = SolrClusterStatus.of(client, solr.collection());
        return (status.searchable() ? Health.up() : Health.down())
                .withDetail("collection", solr.collection())
                .withDetail("liveNodes", status.liveNodes())
                .withDetail("activeReplicas", status.shards())
                .build();
    }
}
