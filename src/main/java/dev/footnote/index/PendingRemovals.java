package dev.footnote.index;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents whose deletion was asked for but not yet carried out by the indexing worker: hidden
 * from every read at once ({@link VisibleIndex}), then removed from the index, and only then is
 * the file removed from the corpus folder, so a file is never gone while its passages are served.
 */
public final class PendingRemovals {

    /** Corpus-relative path by document id. */
    private final Map<String, String> byId = new ConcurrentHashMap<>();
    /** Changes whenever the set does: part of the visible index's version, so caches see a removal at once. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** @return false when this document is already being removed */
    public boolean add(String documentId, String path) {
        boolean added = byId.putIfAbsent(documentId, path) == null;
        generation.incrementAndGet();
        return added;
    }

    public boolean contains(String documentId) {
        return byId.containsKey(documentId);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Path by document id, a snapshot. */
    public Map<String, String> snapshot() {
        return Map.copyOf(byId);
    }

    Set<String> paths() {
        return Set.copyOf(byId.values());
    }

    void done(String documentId) {
        byId.remove(documentId);
        generation.incrementAndGet();
    }

    long generation() {
        return generation.get();
    }
}
