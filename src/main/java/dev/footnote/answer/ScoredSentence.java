package dev.footnote.answer;

import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

/**
 * A sentence of a retrieved passage: {@code coverage} (0..1) is how well it answers the question (term
 * coverage, mixed with embedding similarity when sentence embeddings are used),
 * {@code score} adds a small bonus for its passage's retrieval rank and, once re-ranked, for holding what the
 * question asks for ({@code typeFit}, 0..1; -1 when it was not analysed); {@code grounding} (0..1, {@link Grounding})
 * is how strongly the evidence stands behind it, which decides whether it may be quoted at all; {@code signals} are
 * the features the learned ranking weighs.
 */
record ScoredSentence(Passage passage, Sentences.Span span, double coverage, double grounding, double score,
                      Set<String> terms, double typeFit, Signals signals) {

    ScoredSentence(Passage passage, Sentences.Span span, double coverage, double grounding, double score, Set<String> terms,
                   Signals signals) {
        this(passage, span, coverage, grounding, score, terms, -1, signals);
    }

    /** The same sentence re-scored for its answer type. */
    ScoredSentence withTypeFit(double newScore, double fit) {
        return new ScoredSentence(passage, span, coverage, grounding, newScore, terms, fit, signals);
    }

    /** The same sentence re-scored, with what the question focus found. */
    ScoredSentence withFocus(double newScore, int missingNames, boolean statesVerb) {
        return new ScoredSentence(passage, span, coverage, grounding, newScore, terms, typeFit,
                signals.withFocus(missingNames, statesVerb));
    }

    /** The same sentence with a new score. */
    ScoredSentence withScore(double newScore) {
        return new ScoredSentence(passage, span, coverage, grounding, newScore, terms, typeFit, signals);
    }

    String text() {
        return span.of(passage.text());
    }
}
