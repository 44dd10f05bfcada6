package dev.footnote.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexBackend;
import dev.footnote.index.PassageIndex;

/**
 * Terms as the index sees them (analysed: folded, stemmed, stop words dropped) and how much each
 * one tells: BM25's inverse document frequency over the passages. Shared by retrieval and by the
 * sentence scoring of answers, so both agree on what a word is worth.
 */
public final class TermWeights {

    private final IndexBackend index;
    private final ConcurrentMap<String, Double> idfCache = new ConcurrentHashMap<>();
    private volatile int cachedForCount = -1;

    public TermWeights(IndexBackend index) {
        this.index = index;
    }

    /** The distinct analysed terms of a text, in order of first appearance. */
    public List<String> terms(String text) {
        return new ArrayList<>(new LinkedHashSet<>(tokens(text)));
    }

    /** All analysed terms of a text, repeats included. */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = index.analyzer().tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return tokens;
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
