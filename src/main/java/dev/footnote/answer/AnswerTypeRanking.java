package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Re-ranks the best sentences by whether they hold what the question asks for: a sentence that
 * holds an entity of the expected type ("when" → a date) that the question does not already name
 * gains {@code weight × fit}. Only the top few sentences are analysed, since tagging costs more than
 * term matching ({@link SentenceAnalyses} keeps them for the later stages).
 */
final class AnswerTypeRanking {

    private final AnswerSpans spans;
    private final SentenceAnalyses analyses;
    private final double weight;
    private final int candidates;

    /**
     * @param weight     how much a full type fit adds to a sentence's score; 0 switches the re-ranking off
     * @param candidates how many of the best sentences are analysed
     */
    AnswerTypeRanking(AnswerSpans spans, SentenceAnalyses analyses, double weight, int candidates) {
        this.spans = spans;
        this.analyses = analyses;
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
            double fit = spans.typeFit(question, analyses.of(s));
            head.add(s.withTypeFit(s.score() + weight * fit, fit));
        }
        head.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        List<ScoredSentence> all = new ArrayList<>(head);
        all.addAll(ranked.subList(top, ranked.size()));
        return all;
    }
}
