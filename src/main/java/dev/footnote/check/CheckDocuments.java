package dev.footnote.check;

import java.util.List;
import java.util.Optional;

import dev.footnote.corpus.DocumentStatus;

/** What the check needs to know of the corpus beyond its passages: where a document stands, and what to warn about. */
public interface CheckDocuments {

    /** The document's status; empty when no document has that id. */
    Optional<DocumentStatus> status(String documentId);

    /** Warnings for every report now, e.g. that indexing is still running. */
    default List<String> warnings() {
        return List.of();
    }
}
