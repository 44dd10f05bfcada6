package dev.footnote.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.footnote.index.PassageIndex;

/**
 * Terms as the index sees them (analysed: folded, stemmed, stop words dropped) and how much each
 * one tells: BM25's inverse document frequency over the passages. Shared by retrieval and by the
 * sentence scoring of answers, so both agree on what a word is worth.
 */
public final class TermWeights {

    private final PassageIndex index;
    private final ConcurrentMap<String, Double> idfCache = new ConcurrentHashMap<>();
    private volatile int cachedForCount = -1;

    public TermWeights(PassageIndex index) {
        this.index = index;
    }

    /** The distinct analysed terms of a text, in order of first appearance. */
    public List<String> terms(String text) {
        return new ArrayList<>(new LinkedHashSet<>(tokens(text)));
    }

    /** All analysed terms of a text, repeats included. */
    public List<String> tokens(String text) {
        return index.analysis().tokens(text);
    }

    /** BM25's idf: {@code ln(1 + (N - df + 0.5) / (df + 0.5))}; a term absent from the corpus weighs most. */
    public double idf(String term) {
        int count = index.passageCount();
        if (count != cachedForCount) {
            // The index changed since the cache was filled: document frequencies are stale.
            idfCache.clear();
            cachedForCount = count;
        }
        return idfCache.computeIfAbsent(term, t -> {
            PassageIndex.TermStats stats = index.termStats(t);
            return Math.log(1 + (stats.docCount() - stats.docFreq() + 0.5) / (stats.docFreq() + 0.5));
        });
    }
}
