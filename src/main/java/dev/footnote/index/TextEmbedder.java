package dev.footnote.index;

import java.util.List;

/**
 * Turns texts into dense vectors. The index stores one per passage; retrieval embeds queries and
 * sentences with the same embedder, so that they land in the same space.
 */
public interface TextEmbedder {

    /** A short, stable name of the model; an index built with another model is re-embedded. */
    String modelId();

    /** The vectors of the texts, in order; each is unit length (so dot product = cosine). */
    List<float[]> embedAll(List<String> texts);

    default float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }
}
