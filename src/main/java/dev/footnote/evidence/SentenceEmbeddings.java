package dev.footnote.evidence;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.TextEmbedder;

/**
 * Embedding similarity between a question and the sentences of a passage, with the same model as
 * the passage vectors. A passage's sentence vectors come from the index when it keeps them, else they
 * are computed; either way they are kept (passage ids change whenever their text does, so a kept vector is never stale).
 */
public final class SentenceEmbeddings {

    /** Passages whose sentence vectors are kept: about 30 MB for ~5 sentences each. */
    private static final int CACHED_PASSAGES = 4096;

    private final TextEmbedder embedder;
    /** Null when sentence vectors are not read from an index. */
    private final PassageIndex index;
    private final Cache<String, float[][]> cache = Caffeine.newBuilder().maximumSize(CACHED_PASSAGES).build();

    public SentenceEmbeddings(TextEmbedder embedder) {
        this(embedder, null);
    }

    /** Reads the sentence vectors stored in the index first; embeds only what it does not hold. */
    public SentenceEmbeddings(TextEmbedder embedder, PassageIndex index) {
        this.embedder = embedder;
        this.index = index;
    }

    /** The model that embeds questions and sentences alike. */
    public TextEmbedder embedder() {
        return embedder;
    }

    /** The vectors of the given sentences of a passage, in order. */
    public float[][] sentences(Passage passage, List<Sentences.Span> spans) {
        float[][] vectors = cache.getIfPresent(passage.id());
        if (vectors != null && vectors.length == spans.size()) {
            return vectors;
        }
        if (index != null) {
            vectors = index.sentenceVectors(List.of(passage.id())).get(passage.id());
            if (vectors != null && vectors.length == spans.size()) {
                // Kept too: reading them back decompresses the passage's stored block on every question that quotes it.
                return keep(passage, vectors);
            }
        }
        List<float[]> embedded = embedder.embedAll(spans.stream().map(s -> s.of(passage.text())).toList());
        return keep(passage, embedded.toArray(float[][]::new));
    }

    private float[][] keep(Passage passage, float[][] vectors) {
        cache.put(passage.id(), vectors);
        return vectors;
    }

    /** The similarity (cosine, floored at 0) of each given sentence of a passage to a vector, in order. */
    public double[] similarities(float[] vector, Passage passage, List<Sentences.Span> spans) {
        double[] similarities = new double[spans.size()];
        if (spans.isEmpty()) {
            return similarities;
        }
        float[][] vectors = sentences(passage, spans);
        for (int i = 0; i < spans.size(); i++) {
            similarities[i] = Math.max(0, cosine(vector, vectors[i]));
        }
        return similarities;
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
