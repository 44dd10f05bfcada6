package dev.footnote.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.StableIds;

/**
 * Files of the user's own corpus folder that were removed from Footnote without being deleted: the
 * indexer leaves them out until they are included again, even when they change on disk or are put back.
 * Each is an exclusion record kept by the index itself ({@link PassageIndex#exclusions()}, written through
 * {@link PassageIndex#apply} in the same commit that takes the file's passages out), so both backends keep
 * it, it survives a restart and it belongs to the index it was made in. This class holds them in memory as
 * well, because every search asks whether a hit's document is excluded.
 */
public final class Exclusions {

    private static final Logger log = LoggerFactory.getLogger(Exclusions.class);

    /** The reason shown with an excluded document. */
    public static final String REASON = "the file stays in the folder, left out of answers until included again";

    /** Path by document id: read without a lock on every search, so a write waiting for the index never stalls one. */
    private final Map<String, String> byId = new ConcurrentHashMap<>();
    /** Null: kept in memory only. */
    private final PassageIndex index;
    /** Serialises changes, so that the records and the map agree. */
    private final Object writes = new Object();
    /** Changes whenever the set does: part of the visible index's version, like {@link PendingRemovals}. */
    private final AtomicLong generation = new AtomicLong();

    private Exclusions(PassageIndex index) {
        this.index = index;
    }

    /** Exclusions kept in memory only, for tests and tools. */
    public static Exclusions inMemory() {
        return new Exclusions(null);
    }

    /** The exclusions that {@code index} (a backend, not a view over one) keeps as records, read once now. */
    public static Exclusions keptBy(PassageIndex index) {
        Exclusions exclusions = new Exclusions(index);
        index.exclusions().forEach(path -> exclusions.byId.put(StableIds.documentId(path), path));
        return exclusions;
    }

    /**
     * Moves the exclusions of an older version, kept in a file beside the index ({@code <indexDir>.excluded},
     * one path a line), into the index's records, then deletes the file: once, at start-up.
     *
     * @return how many paths the file held; 0 when there was none
     */
    public int migrateSideFile(Path indexDir) {
        Path absolute = indexDir.toAbsolutePath().normalize();
        Path file = absolute.resolveSibling(absolute.getFileName() + ".excluded");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            List<String> paths = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
            synchronized (writes) {
                List<String> fresh = paths.stream().filter(p -> !byId.containsKey(StableIds.documentId(p))).toList();
                if (!fresh.isEmpty() && index != null) {
                    index.apply(new IndexChanges(List.of(), fresh.stream().map(StableIds::documentId).toList(), fresh,
                            List.of(), List.of()));
                }
                fresh.forEach(p -> byId.put(StableIds.documentId(p), p));
                generation.incrementAndGet();
            }
            // Only once the records are committed: a failure above leaves the file to be moved on the next start.
            Files.delete(file);
            log.info("Moved {} excluded files from {} into the index's exclusion records, and deleted that file", paths.size(), file);
            return paths.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the excluded documents of " + file + " into the index", e);
        }
    }

    /**
     * Excludes a file: hidden at once, then its exclusion record is written (and its passages taken out) in one commit.
     *
     * @return false when this path was already excluded
     */
    public boolean exclude(String path) {
        String documentId = StableIds.documentId(path);
        synchronized (writes) {
            if (byId.putIfAbsent(documentId, path) != null) {
                return false;
            }
            generation.incrementAndGet();
            try {
                if (index != null) {
                    index.apply(IndexChanges.exclude(path));
                }
            } catch (RuntimeException e) {
                // Not recorded, so not excluded: the caller hears why (an unreachable index is a 503).
                byId.remove(documentId);
                generation.incrementAndGet();
                throw e;
            }
            return true;
        }
    }

    /** @return the path of the document included again; empty when it was not excluded */
    public Optional<String> include(String documentId) {
        synchronized (writes) {
            String path = byId.get(documentId);
            if (path == null) {
                return Optional.empty();
            }
            if (index != null) {
                index.apply(IndexChanges.include(path));
            }
            byId.remove(documentId);
            generation.incrementAndGet();
            return Optional.of(path);
        }
    }

    /** The path of an excluded document; empty when it is not excluded. */
    public Optional<String> path(String documentId) {
        return Optional.ofNullable(byId.get(documentId));
    }

    public boolean contains(String documentId) {
        return byId.containsKey(documentId);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The excluded paths, a snapshot. */
    public Set<String> paths() {
        return Set.copyOf(byId.values());
    }

    long generation() {
        return generation.get();
    }
}
