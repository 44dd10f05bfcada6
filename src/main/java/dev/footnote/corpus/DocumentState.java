package dev.footnote.corpus;

import java.util.Locale;

/** Where a document of the live corpus stands. */
public enum DocumentState {
    /** Found or uploaded, waiting for the indexer. */
    QUEUED,
    /** Being parsed and embedded; not searchable until its batch commits. */
    INDEXING,
    /** Searchable, all its passages at once. */
    INDEXED,
    /** Could not be parsed (corrupt, unreadable); the reason says why. */
    FAILED,
    /** Passed over on purpose (empty, no text, too large, password-protected); the reason says why. */
    SKIPPED,
    /** A file of the user's folder removed from Footnote but left on disk; not indexed until included again. */
    EXCLUDED;

    /** The lower-case name used in the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
