package dev.footnote.answer;

import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.Sentences;

/**
 * A sentence of a retrieved passage: {@code coverage} (0..1) is how well it answers the question (term
 * coverage, mixed with embedding similarity when sentence embeddings are used),
 * {@code score} adds a small bonus for its passage's retrieval rank and, once re-ranked, for holding what the
 * question asks for ({@code typeFit}, 0..1; -1 when it was not analysed).
 */
record ScoredSentence(Passage passage, Sentences.Span span, double coverage, double score, Set<String> terms,
                      double typeFit) {

    ScoredSentence(Passage passage, Sentences.Span span, double coverage, double score, Set<String> terms) {
        this(passage, span, coverage, score, terms, -1);
    }

    String text() {
        return span.of(passage.text());
    }
}
