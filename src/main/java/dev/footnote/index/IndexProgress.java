package dev.footnote.index;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.IndexingProgress;

/**
 * Counts what one synchronisation has done, for {@code GET /api/index} and for the log, which gets
 * a line with the percentage and the time left at most once per {@code logInterval}.
 * The time left is estimated from the bytes still to read, since documents differ in size.
 */
public final class IndexProgress {

    private static final Logger log = LoggerFactory.getLogger(IndexProgress.class);

    private final Duration logInterval;
    private String state = "starting";
    /** Why indexing is paused; null unless {@code state} is {@code paused}. */
    private String reason;
    private int documentsTotal;
    private int documentsDone;
    private long passagesDone;
    private long bytesTotal;
    private long bytesDone;
    private long startedNanos;
    private long finishedNanos;
    private long lastLogNanos;

    public IndexProgress(Duration logInterval) {
        this.logInterval = logInterval;
    }

    synchronized void begin(int documents, int settled, long bytesToIndex) {
        state = "indexing";
        reason = null;
        documentsTotal = documents;
        documentsDone = settled;
        passagesDone = 0;
        bytesTotal = bytesToIndex;
        bytesDone = 0;
        startedNanos = System.nanoTime();
        lastLogNanos = startedNanos;
    }

    /** A document settled without being written (failed or skipped). */
    synchronized void settled(long bytes) {
        documentsDone++;
        bytesDone += bytes;
    }

    /** A batch committed: its documents, passages and bytes. */
    synchronized void committed(int documents, int passages, long bytes) {
        documentsDone += documents;
        passagesDone += passages;
        bytesDone += bytes;
        long now = System.nanoTime();
        if (now - lastLogNanos >= logInterval.toNanos()) {
            lastLogNanos = now;
            IndexingProgress p = snapshot();
            log.info("Indexing: {}/{} documents ({}%), {} passages, {} passages/s, about {} left",
                    p.documentsDone(), p.documentsTotal(), percent(), p.passagesDone(),
                    String.format("%.0f", p.passagesPerSecond()), eta(p.etaSeconds()));
        }
    }

    /** Indexing stopped for an outage and waits to be tried again; what is committed stays searchable. */
    synchronized void pause(String why) {
        state = "paused";
        reason = why;
        finishedNanos = System.nanoTime();
    }

    /** Why indexing is paused, or null when it is not. */
    public synchronized String pausedReason() {
        return reason;
    }

    synchronized void finish() {
        state = "ready";
        documentsDone = documentsTotal;
        finishedNanos = System.nanoTime();
    }

    /** Passages per second of the current (or last) run. */
    public synchronized double passagesPerSecond() {
        long end = "indexing".equals(state) ? System.nanoTime() : finishedNanos;
        double seconds = (end - startedNanos) / 1e9;
        return seconds <= 0 || passagesDone == 0 ? 0 : passagesDone / seconds;
    }

    public synchronized IndexingProgress snapshot() {
        Long eta = null;
        if ("indexing".equals(state)) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            eta = bytesDone == 0 ? null : Math.round(seconds * (bytesTotal - bytesDone) / bytesDone);
        }
        return new IndexingProgress(state, documentsTotal, documentsDone, passagesDone,
                Math.round(passagesPerSecond() * 10) / 10.0, eta, reason);
    }

    private int percent() {
        return documentsTotal == 0 ? 100 : (int) (100L * documentsDone / documentsTotal);
    }

    private static String eta(Long seconds) {
        if (seconds == null) {
            return "? s";
        }
        return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
    }
}
