package dev.footnote.index;

import java.time.Duration;

/**
 * How many passages a sync puts into each commit. Each commit flushes a segment of its own, and Lucene merges small
 * segments again and again as the index grows, rebuilding their HNSW graphs each time: with batches of 256 passages and
 * a fast embedding model, half of a 300,000-passage indexing went into those merges (docs/scale.md). So a batch that
 * went by in less than {@code interval} makes the next one twice as large, up to {@code most}; one that took more than
 * twice the interval halves it, down to {@code least}. A slow model keeps the least size, and so the first documents
 * searchable soon; a fast one commits every few seconds in segments of thousands of passages. Used by one sync at a
 * time.
 */
public final class BatchSize {

    private final int least;
    private final int most;
    private final long intervalNanos;
    private int passages;
    private long lastHandedOver = -1;

    private BatchSize(int least, int most, Duration interval) {
        if (least < 1 || most < least) {
            throw new IllegalArgumentException("batch sizes must satisfy 1 <= least <= most, were " + least + " and " + most);
        }
        this.least = least;
        this.most = most;
        this.intervalNanos = interval.toNanos();
        this.passages = least;
    }

    /** Always {@code passages} passages a batch. */
    public static BatchSize fixed(int passages) {
        return new BatchSize(passages, passages, Duration.ZERO);
    }

    /** From {@code least} to {@code most} passages a batch, so that a batch takes about {@code interval}; zero keeps it fixed. */
    public static BatchSize paced(int least, int most, Duration interval) {
        return interval.isZero() ? fixed(least) : new BatchSize(least, Math.max(least, most), interval);
    }

    /** A sync starts from the least size: the rate of the last one says little about the next. */
    void begin() {
        passages = least;
        lastHandedOver = -1;
    }

    /** The passages the batch being filled should hold before it is committed. */
    int passages() {
        return passages;
    }

    /** A batch was handed over to be committed at {@code nanoTime}: the time since the last one sizes the next. */
    void handedOver(long nanoTime) {
        if (lastHandedOver >= 0 && intervalNanos > 0) {
            long took = nanoTime - lastHandedOver;
            if (took < intervalNanos) {
                passages = (int) Math.min(most, passages * 2L);
            } else if (took > 2 * intervalNanos) {
                passages = Math.max(least, passages / 2);
            }
        }
        lastHandedOver = nanoTime;
    }
}
