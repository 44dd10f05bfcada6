package dev.footnote.positions.actors;

import java.util.Objects;

/**
 * A passage with the extract stored beside it in the index.
 *
 * @param passage the passage
 * @param extract what {@link ActorExtractor} stored for it, or {@code null} if nothing was
 */
public record AnnotatedPassage(dev.footnote.corpus.Passage passage, String extract) {

    public AnnotatedPassage {
        Objects.requireNonNull(passage, "passage");
    }
}
