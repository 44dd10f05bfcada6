package dev.footnote.retrieval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.footnote.corpus.Passage;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageIndex;

/** Looks passages and documents up by id, so that a user can read the source behind an answer. */
public final class PassageCatalog {

    private final PassageIndex index;

    public PassageCatalog(PassageIndex index) {
        this.index = index;
    }

    /** A passage with the ids of its neighbours in the document ({@code null} at either end). */
    public record PassageInContext(Passage passage, String previousPassageId, String nextPassageId) {
    }

    /** A document of the corpus, how many passages it has, and its title ({@code null} when none was recorded). */
    public record DocumentSummary(String documentId, String path, int passages, String title) {
    }

    public Optional<Passage> passage(String passageId) {
        return index.passage(passageId);
    }

    public Optional<PassageInContext> inContext(String passageId) {
        return index.passage(passageId).map(p -> {
            List<Passage> siblings = index.passagesOf(p.documentId());
            String previous = siblings.stream().filter(s -> s.ordinal() == p.ordinal() - 1).findFirst().map(Passage::id).orElse(null);
            String next = siblings.stream().filter(s -> s.ordinal() == p.ordinal() + 1).findFirst().map(Passage::id).orElse(null);
            return new PassageInContext(p, previous, next);
        });
    }

    public List<DocumentSummary> documents() {
        return index.files().values().stream()
                .map(PassageCatalog::summary)
                .sorted(Comparator.comparing(DocumentSummary::path))
                .toList();
    }

    /**
     * The indexed document with this id; empty when the index does not hold it (any more). One record read by its id:
     * every cited document's title is looked up this way for each answer, and the list of all records grows with
     * the corpus.
     */
    public Optional<DocumentSummary> document(String documentId) {
        return index.file(documentId).map(PassageCatalog::summary);
    }

    private static DocumentSummary summary(IndexedFile f) {
        return new DocumentSummary(f.documentId(), f.path(), f.passages(), f.title());
    }

    /** The passages of one document, in reading order; empty for an unknown id. */
    public List<Passage> passagesOf(String documentId) {
        return index.passagesOf(documentId);
    }

    /** Every passage, document by document in path order, each document in reading order. */
    public List<Passage> allPassages() {
        return documents().stream().flatMap(d -> index.passagesOf(d.documentId()).stream()).toList();
    }

    /** Changes whenever the indexed passages change. */
    public long version() {
        return index.version();
    }

    public int passageCount() {
        return index.passageCount();
    }
}
