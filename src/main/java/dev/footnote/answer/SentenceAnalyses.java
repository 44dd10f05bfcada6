package dev.footnote.answer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.TextAnalyzer;

/**
 * The tokens, tags and entities of candidate sentences, analysed once and shared by the stages that read them: the
 * answer-type ranking, the question's focus (its verb) and the short answer of the first quote. Tagging is the
 * costliest step of an answer, and before this each stage tagged the same sentence again. The analyses are kept in a
 * small cache because the same passages come back often; a passage's id changes whenever its text does, so a kept
 * analysis is never stale.
 */
final class SentenceAnalyses {

    /** Analyses kept; a cache is cleared when it fills (cheap, and bounded). */
    private static final int CACHE_LIMIT = 20_000;

    private final TextAnalyzer analyzer;
    private final Map<String, AnalyzedSentence> plain = new ConcurrentHashMap<>();
    /** Only the first quotes of questions answered by a noun phrase need their phrases: fewer of them. */
    private final Map<String, AnalyzedSentence> chunked = new ConcurrentHashMap<>();

    SentenceAnalyses(TextAnalyzer analyzer) {
        // Chunks only where asked for: the chunker's beam search costs several times the tagger.
        this.analyzer = analyzer.withoutChunks();
    }

    /** The sentence's tokens, tags and entities, without phrases. */
    AnalyzedSentence of(ScoredSentence s) {
        return cached(plain, s, () -> analyzer.analyzeSpan(s.passage().text(), s.span().start(), s.span().end()));
    }

    /** The same with its phrases (noun phrases are short-answer candidates), chunked from the kept tags. */
    AnalyzedSentence withChunks(ScoredSentence s) {
        return cached(chunked, s, () -> analyzer.withChunks(of(s)));
    }

    private static AnalyzedSentence cached(Map<String, AnalyzedSentence> cache, ScoredSentence s,
                                           java.util.function.Supplier<AnalyzedSentence> analysis) {
        String key = s.passage().id() + '@' + s.span().start();
        AnalyzedSentence kept = cache.get(key);
        if (kept != null) {
            return kept;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        AnalyzedSentence analysed = analysis.get();
        cache.put(key, analysed);
        return analysed;
    }
}
