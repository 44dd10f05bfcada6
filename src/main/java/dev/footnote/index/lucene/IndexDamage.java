package dev.footnote.index.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.lucene.index.CorruptIndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.outage.IndexUnavailableException;

/**
 * A damaged index file met by a read: a checksum or format error, a file cut short (a disk fault, a copy or a restore
 * that went wrong). Lucene finds it only when a read reaches the damaged part, so without this the server stayed
 * healthy and answered some requests with internal errors. From the first such read on, every read is refused as
 * unavailable (503, health DOWN, with what to do), and a marker file in the folder makes the next start rebuild the
 * index from the corpus, which holds every passage.
 */
final class IndexDamage {

    private static final Logger log = LoggerFactory.getLogger(LucenePassageIndex.class);
    static final String MARKER = "footnote-damaged.txt";
    private static final String REFUSAL = "the index is damaged (a checksum or format error in one of its files); "
            + "restart Footnote to rebuild it from the corpus";

    private final Path dir;
    /** False for an index opened read-only, which leaves the folder as it is. */
    private final boolean marksFolder;
    private volatile String found;

    IndexDamage(Path dir, boolean marksFolder) {
        this.dir = dir;
        this.marksFolder = marksFolder;
    }

    /** What a read found, if a read found the index damaged, and what to do. */
    Optional<String> found() {
        return Optional.ofNullable(found).map(what -> "the index is damaged (" + what + "); restart Footnote to rebuild it from the corpus");
    }

    /** Refuses a read of an index already found damaged. */
    void refuseIfFound() {
        if (found != null) {
            throw new IndexUnavailableException(REFUSAL, null);
        }
    }

    /** The damage {@code failure} shows, if it shows one: recorded (the folder marked once) and returned as the refusal. */
    Optional<IndexUnavailableException> of(Throwable failure) {
        Optional<IOException> damage = damage(failure);
        if (damage.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            if (found == null) {
                // Lucene's message names the file by its full path: the log keeps it, the API says where to look.
                found = damage.get().getClass().getSimpleName() + "; the server log names the file";
                log.error("The index in {} is damaged; reads are refused until a restart rebuilds it from the corpus",
                        dir.toAbsolutePath(), damage.get());
                if (marksFolder) {
                    mark(damage.get().getMessage());
                }
            }
        }
        return Optional.of(new IndexUnavailableException(REFUSAL, damage.get()));
    }

    private void mark(String what) {
        try {
            Files.writeString(dir.resolve(MARKER), what == null ? "damaged" : what);
        } catch (IOException e) {
            log.error("Cannot mark {} for a rebuild ({}); delete the folder and restart to rebuild it", dir.toAbsolutePath(), e.getMessage());
        }
    }

    /** What a damaged read left in the folder, if one did: the next writer rebuilds the index. */
    static Optional<String> marked(Path dir) {
        Path marker = dir.resolve(MARKER);
        try {
            return Files.exists(marker) ? Optional.of(Files.readString(marker)) : Optional.empty();
        } catch (IOException e) {
            return Optional.of("a read found it damaged");
        }
    }

    static void clearMark(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir.resolve(MARKER), e);
        }
    }

    /** A corrupt file (Lucene's own verdict, the format errors included) or one that ends too soon, among the causes. */
    private static Optional<IOException> damage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof EOFException) {
                return Optional.of((IOException) t);
            }
        }
        return Optional.empty();
    }
}
