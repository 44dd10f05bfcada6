package dev.footnote.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The documents hidden when a read starts. A read filters what it found by this, not by the set as it is when the
     * read ends: a removal the worker finishes meanwhile has its passages gone only from searchers opened after its
     * commit, and the read may hold an older one.
     */
    private Hidden hiddenNow() {
        return new Hidden(removals.isEmpty() ? Set.of() : removals.snapshot().keySet(), exclusions);
    }

    private record Hidden(Set<String> removing, Exclusions exclusions) {

        boolean none() {
            return removing.isEmpty() && exclusions.isEmpty();
        }

        boolean of(String documentId) {
            return removing.contains(documentId) || exclusions.contains(documentId);
        }
    }

    @Override
    public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
        Hidden hidden = hiddenNow();
        if (hidden.none()) {
            return super.bm25(terms, sourceBoost, limit);
        }
        // Ask for more, so that hiding the removed ones still fills the page as a rule.
        return visible(super.bm25(terms, sourceBoost, 3 * limit), limit, hidden);
    }

    @Override
    public List<Hit> nearest(float[] vector, int k) {
        Hidden hidden = hiddenNow();
        return hidden.none() ? super.nearest(vector, k) : visible(super.nearest(vector, 3 * k), k, hidden);
    }

    private static List<Hit> visible(List<Hit> hits, int limit, Hidden hidden) {
        return hits.stream().filter(h -> !hidden.of(h.passage().documentId())).limit(limit).toList();
    }

    @Override
    public Optional<Passage> passage(String passageId) {
        Hidden hidden = hiddenNow();
        return super.passage(passageId).filter(p -> !hidden.of(p.documentId()));
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        return hidden(documentId) ? List.of() : super.passagesOf(documentId);
    }

    @Override
    public Map<String, IndexedFile> files() {
        Hidden hidden = hiddenNow();
        Map<String, IndexedFile> files = super.files();
        if (hidden.none()) {
            return files;
        }
        Map<String, IndexedFile> visible = new LinkedHashMap<>(files);
        visible.values().removeIf(f -> hidden.of(f.documentId()));
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
        Hidden hidden = hiddenNow();
        List<Extract> extracts = super.extracts();
        return hidden.none() ? extracts : extracts.stream().filter(e -> !hidden.of(e.passage().documentId())).toList();
    }

    @Override
    public List<Extract> extracts(java.util.Collection<String> passageIds, java.util.Collection<String> documentIds,
                                  java.util.Collection<String> actors) {
        Hidden hidden = hiddenNow();
        List<Extract> extracts = super.extracts(passageIds, documentIds, actors);
        return hidden.none() ? extracts : extracts.stream().filter(e -> !hidden.of(e.passage().documentId())).toList();
    }

    @Override
    public List<DocumentSummary> summaries(String key) {
        Hidden hidden = hiddenNow();
        List<DocumentSummary> summaries = super.summaries(key);
        return hidden.none() ? summaries : summaries.stream().filter(s -> !hidden.of(s.documentId())).toList();
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
