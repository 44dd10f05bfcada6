package dev.footnote.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the corpus folder while the server runs: every {@code interval} it lists the supported
 * files with their sizes and modification times, and once a change has held still for one interval
 * (a file being copied in keeps changing) it calls {@code onChange}. Polling rather than a
 * {@code WatchService}: it sees nested folders, network drives and editors that replace files alike.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path corpusDir;
    private final Duration interval;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "footnote-folder-watcher");
        t.setDaemon(true);
        return t;
    });
    private Map<String, String> settled;
    private Map<String, String> lastSeen;

    public FolderWatcher(Path corpusDir, Duration interval, Runnable onChange) {
        this.corpusDir = corpusDir;
        this.interval = interval;
        this.onChange = onChange;
    }

    /** Starts watching; the folder as it is now counts as already handled. */
    public void start() {
        settled = snapshot();
        lastSeen = settled;
        timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watching {} for added, changed and removed documents (every {} ms)", corpusDir.toAbsolutePath(), interval.toMillis());
    }

    private void poll() {
        try {
            Map<String, String> now = snapshot();
            boolean stable = now.equals(lastSeen);
            lastSeen = now;
            if (stable && !now.equals(settled)) {
                settled = now;
                onChange.run();
            }
        } catch (RuntimeException e) {
            log.warn("Watching the corpus folder failed this time: {}", e.getMessage());
        }
    }

    private Map<String, String> snapshot() {
        if (!Files.isDirectory(corpusDir)) {
            return Map.of();
        }
        Map<String, String> files = new HashMap<>();
        for (CorpusFile file : CorpusFolder.list(corpusDir, false).files()) {
            files.put(file.path(), file.size() + "@" + modified(file.file()));
        }
        return files;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
