package dev.footnote.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import dev.footnote.index.AwaitFirstIndexing;
import dev.footnote.index.solr.SolrTestCluster;

/**
 * {@link FootnoteServerTest} on the SolrCloud backend: the app on a random port over the seed
 * corpus, its index a collection of 2 shards x 2 replicas on the run's in-JVM two-node SolrCloud
 * (created by the app itself from the shipped configset). A test class of the Lucene suite runs on
 * Solr too by being extended by a class that carries this annotation: one suite, both backends.
 * Every such class shares one Spring context; start-up waits until the corpus is indexed ({@link AwaitFirstIndexing}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"footnote.corpus.dir=corpus", "footnote.index.backend=solr", "footnote.solr.collection=web-test",
                // Health details need an API key since issue 12; this open test server shows them to read the cluster state.
                "management.endpoint.health.show-details=always",
                "footnote.solr.shards=2", "footnote.solr.replicas=2"})
@ContextConfiguration(initializers = FootnoteSolrServerTest.SharedCluster.class)
@Import({ChatStreamFixture.class, AwaitFirstIndexing.class})
public @interface FootnoteSolrServerTest {

    /** Points the app at the run's shared SolrCloud, starting it on first use. */
    class SharedCluster implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "footnote.solr.zk-host=" + SolrTestCluster.shared().zkHost());
        }
    }
}
