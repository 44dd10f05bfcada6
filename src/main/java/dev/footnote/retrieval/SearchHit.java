package dev.footnote.retrieval;

import dev.footnote.corpus.Passage;

/** A search result: the passage, its score, and its best fragments with the matched words in {@code <mark>}. */
public record SearchHit(Passage passage, double score, String highlight) {
}
