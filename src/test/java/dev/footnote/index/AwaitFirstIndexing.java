package dev.footnote.index;

import java.time.Duration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * For tests that need the corpus searchable before their first request: holds the application's
 * start until the background indexer has synchronised the corpus folder once. The product itself
 * never waits (the server listens at once); tests that watch the progress leave this out.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AwaitFirstIndexing {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Bean
    ApplicationListener<ApplicationReadyEvent> firstIndexingAwaited(IndexWorker worker) {
        return event -> {
            worker.requestSync();
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!worker.idle()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the corpus was not indexed within " + LIMIT);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }
}
