package dev.footnote.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.index.PassageIndex;

/**
 * Ranks candidate passages by their best sentence: the highest cosine similarity between the query
 * and any one sentence's stored vector. A question usually asks about one sentence, whose meaning a
 * whole-paragraph vector dilutes.
 */
public final class SentenceMatcher {

    /** Passages whose sentence vectors are kept: about 30 MB for ~5 sentences each. */
    private static final int CACHED_PASSAGES = 4096;

    private final PassageIndex index;
    /**
     * Sentence vectors read from the index, by passage id: each question ranks some sixty candidates, and reading their
     * vectors decompresses their stored blocks. A passage's id changes whenever its text does, so kept vectors are
     * never stale; a passage without them is asked for again (it may be embedded later).
     */
    private final Cache<String, float[][]> kept = Caffeine.newBuilder().maximumSize(CACHED_PASSAGES).build();

    public SentenceMatcher(PassageIndex index) {
        this.index = index;
    }

    /** The candidates that have sentence vectors, best sentence first (ties by passage id); scores are cosines. */
    public List<RetrievedPassage> rank(float[] queryVector, List<RetrievedPassage> candidates) {
        Map<String, float[][]> vectors = vectors(candidates.stream().map(r -> r.passage().id()).toList());
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

    /** The sentence vectors of these passages, from those kept and then from the index. */
    private Map<String, float[][]> vectors(List<String> passageIds) {
        Map<String, float[][]> vectors = new HashMap<>(kept.getAllPresent(passageIds));
        List<String> missing = passageIds.stream().filter(id -> !vectors.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<String, float[][]> read = index.sentenceVectors(missing);
            vectors.putAll(read);
            kept.putAll(read);
        }
        return vectors;
    }
}
