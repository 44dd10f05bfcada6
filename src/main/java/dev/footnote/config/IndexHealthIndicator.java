package dev.footnote.config;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.footnote.corpus.IndexingProgress;
import dev.footnote.library.DocumentLibrary;
import dev.footnote.retrieval.PassageCatalog;

/**
 * {@code /actuator/health} component "index": up while the index is readable, with its size; up
 * while indexing too (searches work on what is committed), saying so in its details.
 */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {

    private final PassageCatalog catalog;
    private final DocumentLibrary library;

    IndexHealthIndicator(PassageCatalog catalog, DocumentLibrary library) {
        this.catalog = catalog;
        this.library = library;
    }

    @Override
    public Health health() {
        IndexingProgress progress = library.progress();
        return Health.up()
                .withDetail("documents", catalog.documents().size())
                .withDetail("passages", catalog.passageCount())
                .withDetail("indexing", progress.state())
                .withDetail("documentsDone", progress.documentsDone())
                .withDetail("documentsTotal", progress.documentsTotal())
                .build();
    }
}
