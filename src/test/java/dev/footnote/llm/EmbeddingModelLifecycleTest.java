package dev.footnote.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;

/**
 * The ONNX model started, used from several threads and stopped, again and again, with the stop
 * racing the embeddings: calls in flight finish, later calls are refused with an exception, and the
 * native session is never closed under a running call (which crashed the JVM with SIGSEGV).
 */
class EmbeddingModelLifecycleTest {

    private static final int ROUNDS = 3;
    private static final int CALLERS = 4;

    @Test
    void aModelNeverUsedClosesAndAWarmedOneEmbeds() {
        MiniLmEmbeddingModel unused = MiniLmEmbeddingModel.load(1, 1, Duration.ofSeconds(30));
        unused.close();
        assertThatThrownBy(() -> unused.embed("after close")).isInstanceOf(IllegalStateException.class);

        MiniLmEmbeddingModel warmed = MiniLmEmbeddingModel.load(1, 1, Duration.ofSeconds(30));
        warmed.warmUp();
        warmed.warmUp();
        assertThat(warmed.embed("the harbour at dawn").content().vector()).hasSize(384);
        warmed.close();
    }

    @Test
    void startEmbedFromSeveralThreadsAndStopRepeatedly() throws Exception {
        List<TextSegment> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batch.add(TextSegment.from("Sentence number " + i + " about the harbour, the pier and the lighthouse."));
        }
        for (int round = 0; round < ROUNDS; round++) {
            MiniLmEmbeddingModel model = MiniLmEmbeddingModel.load(2, 1, Duration.ofSeconds(60));
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Embedding> embedded = new ConcurrentLinkedQueue<>();
            CountDownLatch started = new CountDownLatch(CALLERS);
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                int caller = c;
                futures.add(callers.submit(() -> {
                    started.countDown();
                    for (int i = 0; i < 50; i++) {
                        try {
                            if ((caller + i) % 2 == 0) {
                                embedded.addAll(model.embedAll(batch).content());
                            } else {
                                embedded.add(model.embed("A single question about the pier, number " + i).content());
                            }
                        } catch (IllegalStateException refused) {
                            // After close(): refused, as it should be; stop calling.
                            return;
                        } catch (Throwable t) {
                            unexpected.add(t);
                            return;
                        }
                    }
                }));
            }
            started.await();
            Thread.sleep(100 + 100L * round);
            model.close();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
            callers.shutdown();

            assertThat(unexpected).isEmpty();
            assertThat(embedded).isNotEmpty().allSatisfy(e -> assertThat(e.dimension()).isEqualTo(384));
            assertThatThrownBy(() -> model.embed("after the stop")).isInstanceOf(IllegalStateException.class);
        }
    }
}
