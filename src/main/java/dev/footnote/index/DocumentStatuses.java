package dev.footnote.index;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.footnote.corpus.DocumentStatus;

/** Where each document of the live corpus stands, by document id; written by the indexer, read by the API. */
public final class DocumentStatuses {

    private final ConcurrentMap<String, DocumentStatus> byId = new ConcurrentHashMap<>();

    public void put(DocumentStatus status) {
        byId.put(status.documentId(), status);
    }

    public Optional<DocumentStatus> get(String documentId) {
        return Optional.ofNullable(byId.get(documentId));
    }

    public void remove(String documentId) {
        byId.remove(documentId);
    }

    /** Every known document, in path order. */
    public List<DocumentStatus> all() {
        return byId.values().stream().sorted(Comparator.comparing(DocumentStatus::path)).toList();
    }

    /** Forgets documents whose files are gone, keeping those in {@code paths}. */
    void retainPaths(java.util.Set<String> paths) {
        byId.values().removeIf(s -> !paths.contains(s.path()));
    }
}
