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

    /**
     * What the index keeps of a document's annotations in one small record beside its document record, written,
     * replaced and deleted with it, so that a feature reads one record per document that has anything in it
     * instead of every passage (positions: who speaks in the document, and how often); {@code null}: nothing.
     *
     * @param annotations what {@link #annotate} gave for this document
     */
    default Summary summarise(Document document, Map<String, Annotation> annotations) {
        return null;
    }

    /**
     * A document's summary.
     *
     * @param key  the annotation that made it: a summary made under another key is stale
     * @param text the summary, empty when the document has nothing to summarise
     */
    record Summary(String key, String text) {

        public Summary {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
        }
    }
}
