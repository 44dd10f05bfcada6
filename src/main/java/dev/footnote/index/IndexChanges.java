package dev.footnote.index;

import java.util.List;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.StableIds;

/**
 * A batch of changes to apply in one commit: documents to (re)write, document ids to drop, files of
 * the corpus folder to exclude or include again (kept as exclusion records by the index), and document
 * records to rewrite with a new stamp (a file touched whose content did not change).
 *
 * @param excluded  corpus-relative paths to exclude: an exclusion record is written and the file's passages
 *                  and document record go, in the same commit
 * @param included  corpus-relative paths whose exclusion record goes (the next sync reads the file again)
 * @param restamped document records to write again as they are but for their stamp; their passages stay
 */
public record IndexChanges(List<Replacement> replacements, List<String> deletions, List<String> excluded, List<String> included,
                           List<IndexedFile> restamped) {

    public IndexChanges {
        replacements = List.copyOf(replacements);
        deletions = List.copyOf(deletions);
        excluded = List.copyOf(excluded);
        included = List.copyOf(included);
        restamped = List.copyOf(restamped);
    }

    public IndexChanges(List<Replacement> replacements, List<String> deletions) {
        this(replacements, deletions, List.of(), List.of(), List.of());
    }

    /** Excludes one file: its exclusion record in, its passages and document record out. */
    public static IndexChanges exclude(String path) {
        return new IndexChanges(List.of(), List.of(StableIds.documentId(path)), List.of(path), List.of(), List.of());
    }

    /** Drops the exclusion record of one file. */
    public static IndexChanges include(String path) {
        return new IndexChanges(List.of(), List.of(), List.of(), List.of(path), List.of());
    }

    /** A document whose passages replace whatever the index held for its id. */
    public record Replacement(Document document, FileStamp stamp) {

        public Replacement {
            stamp = stamp == null ? FileStamp.UNKNOWN : stamp;
        }

        public Replacement(Document document) {
            this(document, FileStamp.UNKNOWN);
        }
    }

    public boolean isEmpty() {
        return replacements.isEmpty() && deletions.isEmpty() && excluded.isEmpty() && included.isEmpty() && restamped.isEmpty();
    }
}
