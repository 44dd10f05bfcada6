package dev.footnote.index;

import java.util.ArrayList;
import java.util.List;

import dev.footnote.text.Sentences;

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

    /** Each text's vector followed by one vector per part (a character span of that text), each part embedded on its own. */
    default List<float[][]> embedWithParts(List<String> texts, List<List<Sentences.Span>> parts) {
        List<String> flat = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            flat.add(text);
            parts.get(i).forEach(part -> flat.add(part.of(text)));
        }
        List<float[]> embedded = embedAll(flat);
        List<float[][]> grouped = new ArrayList<>(texts.size());
        int next = 0;
        for (List<Sentences.Span> textParts : parts) {
            float[][] vectors = new float[1 + textParts.size()][];
            for (int j = 0; j < vectors.length; j++) {
                vectors[j] = embedded.get(next++);
            }
            grouped.add(vectors);
        }
        return grouped;
    }

    /**
     * Like {@link #embedWithParts}, but an embedder that can pool each part from its text's own run
     * (one run per text; the part's vector then carries its context). Others embed parts on their own.
     */
    default List<float[][]> embedPartsInContext(List<String> texts, List<List<Sentences.Span>> parts) {
        return embedWithParts(texts, parts);
    }

    /** Whether {@link #embedPartsInContext} really reads parts in their text's context. */
    default boolean embedsPartsInContext() {
        return false;
    }
}
