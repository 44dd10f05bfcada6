package dev.footnote.positions;

import java.util.List;
import java.util.Set;

/**
 * What the corpus says on a topic, learned per request from the statements one retrieval finds on it.
 *
 * @param centroid  the mean of their sentence vectors (unit length), or {@code null}: too few, or no embeddings
 * @param documents the documents that hold several of them: their other statements are candidates too
 * @param seeds      how many statements it was learned from
 * @param vocabulary the topic's vocabulary in this corpus: the most telling words that several of them hold
 *                   (a bridge's repairs: "toll", "bond", "close", "unsafe")
 */
record TopicProfile(float[] centroid, Set<String> documents, int seeds, Set<String> vocabulary) {

    /** No profile: the topic's own terms and vector decide alone. */
    static final TopicProfile NONE = new TopicProfile(null, Set.of(), 0, Set.of());

    TopicProfile {
        documents = Set.copyOf(documents);
        vocabulary = Set.copyOf(vocabulary);
    }

    /** The normalised mean of unit vectors. */
    static float[] mean(List<float[]> vectors) {
        float[] mean = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = 0;
        for (float x : mean) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < mean.length && norm > 0; i++) {
            mean[i] /= (float) norm;
        }
        return mean;
    }
}
