package dev.footnote.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the corpus folder while the server runs: every {@code interval} it lists the supported
 * files with their sizes and modification times, and once a change has held still for one interval
 * (a file being copied in keeps changing) it calls {@code onChange}. Polling rather than a
 * {@code WatchService}: it sees nested folders, network drives and editors that replace files alike.
 * A large folder is looked at less often: the pause after a look is at least {@link #PACE} times what
 * the look took, so that watching 100,000 files does not take a share of a core from indexing them.
 */
public final class FolderWatcher implements AutoCloseable {

    /** The least pause after a look, as a multiple of the look's own time: the watcher's CPU share is at most ~1/PACE. */
    static final int PACE = 20;

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    /** What a look compares of a file. */
    private record Stamp(long size, long modifiedMillis) {
    }

    private final Path corpusDir;
    private final Supplier<List<CorpusFile>> lister;
    private final Duration interval;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "footnote-folder-watcher");
        t.setDaemon(true);
        return t;
    });
    private Map<String, Stamp> settled;
    private Map<String, Stamp> lastSeen;
    private volatile long lastPauseMillis;

    public FolderWatcher(Path corpusDir, Duration interval, Runnable onChange) {
        this(corpusDir, () -> CorpusFolder.list(corpusDir, false).files(), interval, onChange);
    }

    /** @param lister lists the folder's supported files, as {@link CorpusFolder#list} does */
    FolderWatcher(Path corpusDir, Supplier<List<CorpusFile>> lister, Duration interval, Runnable onChange) {
        this.corpusDir = corpusDir;
        this.lister = lister;
        this.interval = interval;
        this.onChange = onChange;
    }

    /** Starts watching; the folder as it is now counts as already handled. */
    public void start() {
        long began = System.nanoTime();
        startFrom(snapshot(), began);
    }

    /**
     * Starts watching from a listing made elsewhere (the first sync's): the folder as listed then counts as handled,
     * and whatever changed since is seen by the first look. Spares a large folder a second listing at start-up.
     */
    public void start(List<CorpusFile> listed) {
        startFrom(stamps(listed), System.nanoTime());
    }

    private void startFrom(Map<String, Stamp> baseline, long began) {
        settled = baseline;
        lastSeen = settled;
        scheduleAfter(began);
        log.info("Watching {} for added, changed and removed documents (every {} ms, longer for a large folder)",
                corpusDir.toAbsolutePath(), interval.toMillis());
    }

    /** The pause before the next look, in milliseconds: the interval, or more for a folder that takes long to list. */
    long pauseMillis() {
        return lastPauseMillis;
    }

    private void poll() {
        long began = System.nanoTime();
        try {
            Map<String, Stamp> now = snapshot();
            boolean stable = now.equals(lastSeen);
            lastSeen = now;
            if (stable && !now.equals(settled)) {
                settled = now;
                onChange.run();
            }
        } catch (RuntimeException e) {
            log.warn("Watching the corpus folder failed this time: {}", e.getMessage());
        }
        scheduleAfter(began);
    }

    private void scheduleAfter(long lookBegan) {
        long lookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lookBegan);
        lastPauseMillis = Math.max(interval.toMillis(), lookMillis * PACE);
        try {
            timer.schedule(this::poll, lastPauseMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // close() ran while this look was under way: nothing more to watch.
        }
    }

    private Map<String, Stamp> snapshot() {
        if (!Files.isDirectory(corpusDir)) {
            return Map.of();
        }
        return stamps(lister.get());
    }

    private static Map<String, Stamp> stamps(List<CorpusFile> listed) {
        Map<String, Stamp> files = new HashMap<>();
        // The listing has read each file's size and time already; a second look at each file doubled the cost.
        for (CorpusFile file : listed) {
            files.put(file.path(), new Stamp(file.size(), file.modifiedMillis()));
        }
        return files;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
