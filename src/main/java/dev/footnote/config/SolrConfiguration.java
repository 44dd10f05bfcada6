package dev.footnote.config;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.model.embedding.EmbeddingModel;

import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.TextEmbedder;
import dev.footnote.index.solr.SolrCollections;
import dev.footnote.index.solr.SolrPassageIndex;
import dev.footnote.index.solr.SolrSettings;

/**
 * The SolrCloud backend ({@code footnote.index.backend=solr}): the cluster client, the collection
 * (created with Footnote's configset on first start) and the index over it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "footnote.index.backend", havingValue = "solr")
@EnableConfigurationProperties(SolrProperties.class)
class SolrConfiguration {

    @Bean(destroyMethod = "close")
    CloudSolrClient solrClient(SolrProperties solr) {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(solr.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .withIdleTimeout(solr.timeout().toMillis(), TimeUnit.MILLISECONDS);
        CloudHttp2SolrClient.Builder builder;
        if (solr.viaZooKeeper()) {
            // "host:port,host:port/chroot": the chroot is passed apart from the hosts.
            String hosts = solr.zkHost();
            int slash = hosts.indexOf('/');
            Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(hosts.substring(slash));
            builder = new CloudHttp2SolrClient.Builder(List.of((slash < 0 ? hosts : hosts.substring(0, slash)).split(",")), chroot);
        } else if (!solr.urls().isEmpty()) {
            builder = new CloudHttp2SolrClient.Builder(solr.urls());
        } else {
            throw new IllegalStateException("footnote.index.backend=solr needs footnote.solr.zk-host (e.g. localhost:9983 for "
                    + "'bin/solr start -c') or footnote.solr.urls (e.g. http://localhost:8983/solr)");
        }
        return builder.withInternalClientBuilder(http).build();
    }

    @Bean
    SolrPassageIndex solrPassageIndex(CloudSolrClient client, SolrProperties solr, RetrievalProperties retrieval,
                                      EmbeddingModel model, TextEmbedder embedder) {
        PassageVectors vectors = new PassageVectors(embedder, retrieval.embeddingBatchSize(), retrieval.sentenceVectors(),
                retrieval.sentenceVectorsInContext());
        SolrSettings settings = new SolrSettings(solr.collection(), solr.configSet(), solr.configDir(), solr.shards(), solr.replicas(),
                model.dimension(), retrieval.bm25K1(), retrieval.bm25B(), solr.batchSize(), solr.timeout(), solr.statsTtl());
        SolrCollections.prepare(client, settings, SolrPassageIndex.modelId(vectors));
        return new SolrPassageIndex(client, settings, new FootnoteAnalyzer(), vectors);
    }
}
