package dev.footnote.index;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for MiniLM: each word is hashed into one of 32 dimensions, so texts that
 * share words are near. Counts what it embeds, which is what the persistence tests look at.
 */
public final class CountingEmbedder implements TextEmbedder {

    private static final int DIMENSIONS = 32;
    private final AtomicInteger embedded = new AtomicInteger();
    private final String modelId;

    public CountingEmbedder(String modelId) {
        this.modelId = modelId;
    }

    public int embedded() {
        return embedded.get();
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        embedded.addAndGet(texts.size());
        return texts.stream().map(CountingEmbedder::vector).toList();
    }

    static float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        v[0] += norm == 0 ? 1 : 0;
        norm = Math.max(norm, 1);
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
