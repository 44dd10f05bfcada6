package dev.footnote.index;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;

/**
 * Where each document of the live corpus stands, by document id and in path order; written by the
 * indexer, read by the API. Kept sorted as it changes, so that a page of the documents list is read
 * from where the last one ended instead of sorting every document on each request.
 */
public final class DocumentStatuses {

    private final ConcurrentMap<String, DocumentStatus> byId = new ConcurrentHashMap<>();
    private final ConcurrentNavigableMap<String, DocumentStatus> byPath = new ConcurrentSkipListMap<>();
    /**
     * Whether every document the index holds is known here: once a sync has compared the folder with the index's
     * records, or once those records were read for a list asked for before that ({@link #seedOnce}).
     */
    private volatile boolean complete;

    public synchronized void put(DocumentStatus status) {
        DocumentStatus before = byId.put(status.documentId(), status);
        if (before != null && !before.path().equals(status.path())) {
            byPath.remove(before.path());
        }
        byPath.put(status.path(), status);
    }

    /** Adds these statuses where none is known yet (what the index holds, at start-up, before the first sync). */
    public synchronized void seed(Collection<DocumentStatus> statuses) {
        statuses.forEach(s -> {
            if (!byId.containsKey(s.documentId())) {
                put(s);
            }
        });
    }

    /**
     * Until a sync has listed the folder against the index, reads what the index holds ({@code indexed}: every
     * document record) once and adds it; afterwards does nothing. The start-up leaves this to the first sync, which
     * reads the records anyway, so that a start never reads every record on its own: only a list asked for before
     * that sync got so far reads them here (at most once, and the sync then waits for it rather than race it).
     */
    public synchronized void seedOnce(Supplier<? extends Collection<DocumentStatus>> indexed) {
        if (!complete) {
            seed(indexed.get());
            complete = true;
        }
    }

    /** A sync has put the status of every file of the folder and of every record of the index: the table is complete. */
    synchronized void listed() {
        complete = true;
    }

    public Optional<DocumentStatus> get(String documentId) {
        return Optional.ofNullable(byId.get(documentId));
    }

    public synchronized void remove(String documentId) {
        DocumentStatus before = byId.remove(documentId);
        if (before != null) {
            byPath.remove(before.path());
        }
    }

    /** Every known document, in path order. */
    public List<DocumentStatus> all() {
        return List.copyOf(byPath.values());
    }

    /** The documents after {@code path} (from the first when null), in path order, read lazily from the sorted table. */
    public Stream<DocumentStatus> after(String path) {
        return (path == null ? byPath : byPath.tailMap(path, false)).values().stream();
    }

    /** How many documents are known. */
    public int size() {
        return byId.size();
    }

    /**
     * Forgets documents whose files are gone, keeping those in {@code paths}; an excluded document stays listed
     * while its file is away (it stays excluded if the file comes back) until it is included again.
     */
    synchronized void retainPaths(Set<String> paths) {
        byId.values().removeIf(s -> !paths.contains(s.path()) && s.state() != DocumentState.EXCLUDED);
        byPath.values().removeIf(s -> !paths.contains(s.path()) && s.state() != DocumentState.EXCLUDED);
    }
}
