package dev.footnote.retrieval;

import java.util.Objects;

import dev.footnote.corpus.Passage;

/** A passage found for a query, with the retriever's score (higher is better; scale depends on the retriever). */
public record RetrievedPassage(Passage passage, double score) {

    public RetrievedPassage {
        Objects.requireNonNull(passage, "passage");
    }
}
