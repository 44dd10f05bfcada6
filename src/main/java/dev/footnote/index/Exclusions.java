package dev.footnote.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.footnote.corpus.StableIds;

/**
 * Files of the user's own corpus folder that were removed from Footnote without being deleted: the
 * indexer leaves them out (and takes out what it held of them) until they are included again, even
 * when they change on disk or are put back. Kept by corpus-relative path, in a small file beside the
 * index ({@code <footnote.index.dir>.excluded}), so an exclusion belongs to the index it was made in
 * and survives a restart; a document's id follows from its path, so it names the same document.
 */
public final class Exclusions {

    /** The reason shown with an excluded document. */
    public static final String REASON = "the file stays in the folder, left out of answers until included again";

    /** Path by document id, in path order so the file reads the same every time. */
    private final Map<String, String> byId = new TreeMap<>();
    private final Path file;
    /** Changes whenever the set does: part of the visible index's version, like {@link PendingRemovals}. */
    private final AtomicLong generation = new AtomicLong();

    private Exclusions(Path file) {
        this.file = file;
    }

    /** Exclusions kept in memory only, for tests and tools. */
    public static Exclusions inMemory() {
        return new Exclusions(null);
    }

    /** The exclusions of the index in {@code indexDir}, read from the file beside it (none when it is missing). */
    public static Exclusions beside(Path indexDir) {
        Path absolute = indexDir.toAbsolutePath().normalize();
        Exclusions exclusions = new Exclusions(absolute.resolveSibling(absolute.getFileName() + ".excluded"));
        if (Files.isRegularFile(exclusions.file)) {
            try {
                for (String line : Files.readAllLines(exclusions.file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        exclusions.byId.put(StableIds.documentId(line.strip()), line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the excluded documents in " + exclusions.file, e);
            }
        }
        return exclusions;
    }

    /** @return false when this path was already excluded */
    public synchronized boolean exclude(String path) {
        if (byId.putIfAbsent(StableIds.documentId(path), path) != null) {
            return false;
        }
        save();
        return true;
    }

    /** @return the path of the document included again; empty when it was not excluded */
    public synchronized Optional<String> include(String documentId) {
        String path = byId.remove(documentId);
        if (path != null) {
            save();
        }
        return Optional.ofNullable(path);
    }

    public synchronized boolean contains(String documentId) {
        return byId.containsKey(documentId);
    }

    public synchronized boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The excluded paths, a snapshot. */
    public synchronized Set<String> paths() {
        return Set.copyOf(byId.values());
    }

    long generation() {
        return generation.get();
    }

    private void save() {
        generation.incrementAndGet();
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            // Written whole under another name, then moved: a crash never leaves half a list.
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.write(partial, List.copyOf(byId.values()), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the excluded documents to " + file, e);
        }
    }
}
