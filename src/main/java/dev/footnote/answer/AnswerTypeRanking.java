package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.TextAnalyzer;

/**
 * Re-ranks the best sentences by whether they hold what the question asks for: a sentence that
 * holds an entity of the expected type ("when" → a date) that the question does not already name
 * gains {@code weight × fit}. Only the top few sentences are analysed, since tagging costs more than
 * term matching; their analyses are kept in a small cache because the same passages come back often.
 */
final class AnswerTypeRanking {

    /** Analyses kept; the cache is cleared when it fills (cheap, and bounded). */
    private static final int CACHE_LIMIT = 20_000;

    private final AnswerSpans spans;
    private final TextAnalyzer analyzer;
    private final double weight;
    private final int candidates;
    private final Map<String, AnalyzedSentence> cache = new ConcurrentHashMap<>();

    /**
     * @param weight     how much a full type fit adds to a sentence's score; 0 switches the re-ranking off
     * @param candidates how many of the best sentences are analysed
     */
    AnswerTypeRanking(AnswerSpans spans, TextAnalyzer analyzer, double weight, int candidates) {
        this.spans = spans;
        this.analyzer = analyzer.withoutChunks();
        this.weight = weight;
        this.candidates = candidates;
    }

    /** The ranking with its top sentences re-scored; a stable sort keeps the earlier order among equals. */
    List<ScoredSentence> rerank(AnswerSpans.Question question, List<ScoredSentence> ranked) {
        if (weight <= 0 || question.type() == AnswerType.NONE || ranked.isEmpty()) {
            return ranked;
        }
        int top = Math.min(candidates, ranked.size());
        List<ScoredSentence> head = new ArrayList<>(top);
        for (ScoredSentence s : ranked.subList(0, top)) {
            double fit = spans.typeFit(question, analysis(s));
            head.add(s.withTypeFit(s.score() + weight * fit, fit));
        }
        head.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        List<ScoredSentence> all = new ArrayList<>(head);
        all.addAll(ranked.subList(top, ranked.size()));
        return all;
    }

    /** The sentence's tokens, tags and entities (kept for the sentences that come back often). */
    AnalyzedSentence analysis(ScoredSentence s) {
        String key = s.passage().id() + '@' + s.span().start();
        AnalyzedSentence cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        AnalyzedSentence analyzed = analyzer.analyzeSpan(s.passage().text(), s.span().start(), s.span().end());
        cache.put(key, analyzed);
        return analyzed;
    }
}
