package dev.footnote.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.footnote.corpus.Document;

/**
 * What a feature extracts from a document when it is indexed, stored with each passage so that a request
 * reads it instead of extracting again (positions: who speaks, and which sentences speak for whom).
 */
@FunctionalInterface
public interface PassageAnnotator {

    /** Stores nothing. */
    PassageAnnotator NONE = document -> Map.of();

    /**
     * One passage's extract.
     *
     * @param actors     names to index in {@link IndexFields#ACTOR}, for filters and counts
     * @param statements the extract itself, stored as it is in {@link IndexFields#STATEMENTS}
     */
    record Annotation(List<String> actors, String statements) {

        public Annotation {
            actors = List.copyOf(actors);
            Objects.requireNonNull(statements, "statements");
        }
    }

    /** The annotations of a document's passages, by passage id; a passage without one stores nothing. */
    Map<String, Annotation> annotate(Document document);
}
