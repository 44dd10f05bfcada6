package dev.footnote.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.Sentences;
import dev.footnote.index.TextEmbedder;

/**
 * Embedding similarity between a question and the sentences of a passage, with the same model as
 * the passage vectors. A passage's sentence vectors are computed once and kept (passage ids change
 * whenever their text does, so a kept vector is never stale).
 */
public final class SentenceEmbeddings {

    /** Passages whose sentence vectors are kept: about 30 MB for ~5 sentences each. */
    private static final int CACHED_PASSAGES = 4096;

    private final TextEmbedder embedder;
    private final Map<String, float[][]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[][]> eldest) {
            return size() > CACHED_PASSAGES;
        }
    };

    public SentenceEmbeddings(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    public float[] embedQuestion(String question) {
        return embedder.embed(question);
    }

    /** The vectors of the given sentences of a passage, in order. */
    public float[][] sentences(Passage passage, List<Sentences.Span> spans) {
        float[][] vectors;
        synchronized (cache) {
            vectors = cache.get(passage.id());
        }
        if (vectors != null && vectors.length == spans.size()) {
            return vectors;
        }
        List<float[]> embedded = embedder.embedAll(spans.stream().map(s -> s.of(passage.text())).toList());
        vectors = embedded.toArray(float[][]::new);
        synchronized (cache) {
            cache.put(passage.id(), vectors);
        }
        return vectors;
    }

    /** Cosine similarity of two vectors (the embedder's are unit length, but do not rely on it). */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
