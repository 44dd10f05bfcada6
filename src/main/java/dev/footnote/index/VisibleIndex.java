package dev.footnote.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.footnote.corpus.Passage;

/**
 * The index as readers see it: a document whose deletion is pending ({@link PendingRemovals}) is
 * already gone from searches, passages and the file list, while the indexing worker removes it.
 * Writes go straight to the backend.
 */
public final class VisibleIndex extends PassageIndexDelegate {

    private final PendingRemovals removals;

    public VisibleIndex(PassageIndex backend, PendingRemovals removals) {
        super(backend);
        this.removals = removals;
    }

    @Override
    public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
        if (removals.isEmpty()) {
            return super.bm25(terms, sourceBoost, limit);
        }
        // Ask for more, so that hiding the removed ones still fills the page as a rule.
        return visible(super.bm25(terms, sourceBoost, 3 * limit), limit);
    }

    @Override
    public List<Hit> nearest(float[] vector, int k) {
        return removals.isEmpty() ? super.nearest(vector, k) : visible(super.nearest(vector, 3 * k), k);
    }

    private List<Hit> visible(List<Hit> hits, int limit) {
        return hits.stream().filter(h -> !removals.contains(h.passage().documentId())).limit(limit).toList();
    }

    @Override
    public Optional<Passage> passage(String passageId) {
        return super.passage(passageId).filter(p -> !removals.contains(p.documentId()));
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        return removals.contains(documentId) ? List.of() : super.passagesOf(documentId);
    }

    @Override
    public Map<String, IndexedFile> files() {
        Map<String, IndexedFile> files = super.files();
        if (removals.isEmpty()) {
            return files;
        }
        Map<String, IndexedFile> visible = new LinkedHashMap<>(files);
        visible.values().removeIf(f -> removals.contains(f.documentId()));
        return visible;
    }

    @Override
    public List<Extract> extracts() {
        List<Extract> extracts = super.extracts();
        return removals.isEmpty() ? extracts : extracts.stream().filter(e -> !removals.contains(e.passage().documentId())).toList();
    }

    @Override
    public long version() {
        // A removal changes what readers see before it changes the backend: caches keyed by version must notice.
        return super.version() * 1_000_003L + removals.generation();
    }
}
