package dev.footnote.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.index.PassageIndex;

/**
 * Ranks candidate passages by their best sentence: the highest cosine similarity between the query
 * and any one sentence's stored vector. A question usually asks about one sentence, whose meaning a
 * whole-paragraph vector dilutes.
 */
public final class SentenceMatcher {

    private final PassageIndex index;

    public SentenceMatcher(PassageIndex index) {
        this.index = index;
    }

    /** The candidates that have sentence vectors, best sentence first (ties by passage id); scores are cosines. */
    public List<RetrievedPassage> rank(float[] queryVector, List<RetrievedPassage> candidates) {
        Map<String, float[][]> vectors = index.sentenceVectors(candidates.stream().map(r -> r.passage().id()).toList());
        List<RetrievedPassage> ranked = new ArrayList<>(vectors.size());
        for (RetrievedPassage candidate : candidates) {
            float[][] sentences = vectors.get(candidate.passage().id());
            if (sentences == null || sentences.length == 0) {
                continue;
            }
            double best = -1;
            for (float[] sentence : sentences) {
                best = Math.max(best, SentenceEmbeddings.cosine(queryVector, sentence));
            }
            ranked.add(new RetrievedPassage(candidate.passage(), best));
        }
        ranked.sort(Comparator.comparingDouble(RetrievedPassage::score).reversed().thenComparing(r -> r.passage().id()));
        return ranked;
    }
}
