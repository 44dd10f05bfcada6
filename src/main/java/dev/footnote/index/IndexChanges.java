package dev.footnote.index;

import java.util.List;

import dev.footnote.corpus.Document;

/** A batch of changes to apply in one commit: documents to (re)write, document ids to drop. */
public record IndexChanges(List<Replacement> replacements, List<String> deletions) {

    public IndexChanges {
        replacements = List.copyOf(replacements);
        deletions = List.copyOf(deletions);
    }

    /** A document whose passages replace whatever the index held for its id. */
    public record Replacement(Document document) {
    }

    public boolean isEmpty() {
        return replacements.isEmpty() && deletions.isEmpty();
    }
}
