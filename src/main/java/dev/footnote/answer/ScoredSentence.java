package dev.footnote.answer;

import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.Sentences;

/**
 * A sentence of a retrieved passage: {@code coverage} (0..1) is how well it answers the question (term
 * coverage, mixed with embedding similarity when sentence embeddings are used),
 * {@code score} adds a small bonus for its passage's retrieval rank.
 */
record ScoredSentence(Passage passage, Sentences.Span span, double coverage, double score, Set<String> terms) {

    String text() {
        return span.of(passage.text());
    }
}
