package dev.footnote.config;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.footnote.corpus.IndexingProgress;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.TextEmbedder;
import dev.footnote.llm.RemoteEmbedder;
import dev.footnote.library.DocumentLibrary;
import dev.footnote.retrieval.PassageCatalog;

/**
 * {@code /actuator/health} component "index": up while the index is readable, with its size; up
 * while indexing too (searches work on what is committed), saying so in its details. Up while
 * indexing is paused for an outage too, since searches still answer from what is committed (from
 * BM25 alone while the embedding server is down): {@code indexing} is then {@code paused} and
 * {@code reason} names what is unreachable; {@code embeddingServer} says whether the last call reached it.
 * Down, with the reason, while the index itself cannot be reached (a Solr cluster without live replicas).
 */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {

    private final PassageCatalog catalog;
    private final DocumentLibrary library;

    private final TextEmbedder embedder;
    private final PassageIndex index;

    IndexHealthIndicator(PassageCatalog catalog, DocumentLibrary library, TextEmbedder embedder, PassageIndex index) {
        this.index = index;
        this.catalog = catalog;
        this.library = library;
        this.embedder = embedder;
    }

    @Override
    public Health health() {
        IndexingProgress progress = library.progress();
        if (progress.paused() && index.unavailable().isPresent()) {
            // The index itself is unreachable: nothing can be searched, and health says why instead of an exception.
            return Health.down()
                    .withDetail("indexing", progress.state())
                    .withDetail("reason", progress.reason())
                    .build();
        }
        Health.Builder health = Health.up()
                // Kept counts: health answers as fast at a million passages as at ten (never a read of every record).
                .withDetail("documents", index.documentCount())
                .withDetail("passages", catalog.passageCount())
                .withDetail("indexing", progress.state())
                .withDetail("documentsDone", progress.documentsDone())
                .withDetail("documentsTotal", progress.documentsTotal());
        if (progress.reason() != null) {
            health.withDetail("reason", progress.reason());
        }
        if (embedder instanceof RemoteEmbedder remote) {
            health.withDetail("embeddingServer", remote.outage() == null ? "reachable" : remote.outage());
        }
        return health.build();
    }
}
