package dev.footnote.config;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.footnote.retrieval.PassageCatalog;

/** {@code /actuator/health} component "index": up while the index is readable, with its size. */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {

    private final PassageCatalog catalog;

    IndexHealthIndicator(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("documents", catalog.documents().size())
                .withDetail("passages", catalog.passageCount())
                .build();
    }
}
