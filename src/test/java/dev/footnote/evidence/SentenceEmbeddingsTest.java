package dev.footnote.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.TextEmbedder;
import dev.footnote.text.Sentences;

class SentenceEmbeddingsTest {

    private static final Passage PASSAGE = new Passage("p1", "d1", 0, "Denver won. The game was in 2016.", "Super Bowl",
            null, null, null);

    @Test
    void readsAPassagesStoredSentenceVectorsOnceAndEmbedsNothing() {
        AtomicInteger reads = new AtomicInteger();
        PassageIndex index = (PassageIndex) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PassageIndex.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("sentenceVectors")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    reads.incrementAndGet();
                    return Map.of("p1", new float[][] {{1, 0}, {0, 1}});
                });
        TextEmbedder embedder = (TextEmbedder) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TextEmbedder.class}, (proxy, method, args) -> {
                    throw new AssertionError("stored vectors must not be embedded again: " + method.getName());
                });
        SentenceEmbeddings embeddings = new SentenceEmbeddings(embedder, index);
        List<Sentences.Span> spans = Sentences.split(PASSAGE.text());

        double[] first = embeddings.similarities(new float[] {1, 0}, PASSAGE, spans);
        double[] again = embeddings.similarities(new float[] {0, 1}, PASSAGE, spans);

        assertThat(first).containsExactly(1.0, 0.0);
        assertThat(again).containsExactly(0.0, 1.0);
        assertThat(reads).hasValue(1);
    }
}
