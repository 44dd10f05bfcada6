package dev.footnote.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.footnote.corpus.Passage;

/**
 * The index as readers see it: a document whose deletion is pending ({@link PendingRemovals}) is
 * already gone from searches, passages and the file list, while the indexing worker removes it.
 * So is a document excluded ({@link Exclusions}), whose passages its exclusion's commit took out anyway: a
 * sync that was under way when it was excluded may write them once more, and the next sync takes them out again.
 * Writes go straight to the backend.
 */
public final class VisibleIndex extends PassageIndexDelegate {

    private final PendingRemovals removals;
    private final Exclusions exclusions;

    public VisibleIndex(PassageIndex backend, PendingRemovals removals) {
        this(backend, removals, Exclusions.inMemory());
    }

    /** @param exclusions documents excluded from the corpus: hidden at once too, while the indexer takes them out */
    public VisibleIndex(PassageIndex backend, PendingRemovals removals, Exclusions exclusions) {
        super(backend);
        this.removals = removals;
        this.exclusions = exclusions;
    }

    private boolean hidden(String documentId) {
        return removals.contains(documentId) || exclusions.contains(documentId);
    }

    private boolean noneHidden() {
        return removals.isEmpty() && exclusions.isEmpty();
    }

    @Override
    public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
        if (noneHidden()) {
            return super.bm25(terms, sourceBoost, limit);
        }
        // Ask for more, so that hiding the removed ones still fills the page as a rule.
        return visible(super.bm25(terms, sourceBoost, 3 * limit), limit);
    }

    @Override
    public List<Hit> nearest(float[] vector, int k) {
        return noneHidden() ? super.nearest(vector, k) : visible(super.nearest(vector, 3 * k), k);
    }

    private List<Hit> visible(List<Hit> hits, int limit) {
        return hits.stream().filter(h -> !hidden(h.passage().documentId())).limit(limit).toList();
    }

    @Override
    public Optional<Passage> passage(String passageId) {
        return super.passage(passageId).filter(p -> !hidden(p.documentId()));
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        return hidden(documentId) ? List.of() : super.passagesOf(documentId);
    }

    @Override
    public Map<String, IndexedFile> files() {
        Map<String, IndexedFile> files = super.files();
        if (noneHidden()) {
            return files;
        }
        Map<String, IndexedFile> visible = new LinkedHashMap<>(files);
        visible.values().removeIf(f -> hidden(f.documentId()));
        return visible;
    }

    @Override
    public Optional<IndexedFile> file(String documentId) {
        return hidden(documentId) ? Optional.empty() : super.file(documentId);
    }

    /** The kept count, less the few documents whose deletion is pending and whose record is still there. */
    @Override
    public int documentCount() {
        int count = super.documentCount();
        if (!removals.isEmpty()) {
            count -= (int) removals.snapshot().keySet().stream().filter(id -> super.file(id).isPresent()).count();
        }
        return Math.max(0, count);
    }

    @Override
    public List<Extract> extracts() {
        List<Extract> extracts = super.extracts();
        return noneHidden() ? extracts : extracts.stream().filter(e -> !hidden(e.passage().documentId())).toList();
    }

    @Override
    public List<Extract> extracts(java.util.Collection<String> passageIds, java.util.Collection<String> documentIds,
                                  java.util.Collection<String> actors) {
        List<Extract> extracts = super.extracts(passageIds, documentIds, actors);
        return noneHidden() ? extracts : extracts.stream().filter(e -> !hidden(e.passage().documentId())).toList();
    }

    @Override
    public List<DocumentSummary> summaries(String key) {
        List<DocumentSummary> summaries = super.summaries(key);
        return noneHidden() ? summaries : summaries.stream().filter(s -> !hidden(s.documentId())).toList();
    }

    /** Straight to the backend, as every write: a view that forwarded only apply would embed on the writing thread. */
    @Override
    public Prepared prepare(IndexChanges changes) {
        return backend().prepare(changes);
    }

    @Override
    public long version() {
        // A removal changes what readers see before it changes the backend: caches keyed by version must notice.
        return super.version() * 1_000_003L + removals.generation() + exclusions.generation() * 7_919L;
    }
}
