package dev.footnote.llm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body read under the gateway's limits: the whole exchange must end by its deadline,
 * a stream may not fall silent for longer than the idle timeout once its first bytes have come,
 * and no more than {@code maxBytes} are read. A blocked read cannot time out by itself, so a
 * watchdog closes the stream when a deadline passes; the reader then gets the
 * {@link LimitExceeded} that says which one.
 */
final class DeadlineStream extends FilterInputStream {

    private final ScheduledExecutorService watchdog;
    private final long deadlineNanos;
    private final long totalMillis;
    private final long idleNanos;
    private final long maxBytes;
    private final LimitExceeded tooLong;
    private long read;
    private volatile long lastDataNanos;
    private volatile LimitExceeded expired;
    private ScheduledFuture<?> check;
    private boolean finished;

    /**
     * @param startedNanos when the request was sent ({@link System#nanoTime()}): the total deadline counts from then
     * @param idleMillis   the longest silence between two pieces of the body; 0 for none (a blocking call)
     * @param maxBytes     the most bytes read before the response counts as too long; {@link Long#MAX_VALUE} for no limit
     * @param tooLong      what a response longer than {@code maxBytes} fails with
     */
    DeadlineStream(InputStream in, ScheduledExecutorService watchdog, long startedNanos, long totalMillis, long idleMillis,
                   long maxBytes, LimitExceeded tooLong) {
        super(in);
        this.watchdog = watchdog;
        this.deadlineNanos = startedNanos + TimeUnit.MILLISECONDS.toNanos(totalMillis);
        this.totalMillis = totalMillis;
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMillis);
        this.maxBytes = maxBytes;
        this.tooLong = tooLong;
        schedule(deadlineNanos);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        throwIfExpired(null);
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            throwIfExpired(e);
            throw e;
        }
        if (n > 0) {
            read += n;
            if (read > maxBytes) {
                expire(tooLong);
                throw tooLong;
            }
            boolean first = lastDataNanos == 0;
            lastDataNanos = System.nanoTime();
            if (first && idleNanos > 0) {
                schedule(Math.min(deadlineNanos, lastDataNanos + idleNanos));
            }
        } else if (n < 0) {
            cancelCheck();
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        cancelCheck();
        super.close();
    }

    /** Ends the read now with {@code limit} (e.g. the caller gave up waiting). */
    void expire(LimitExceeded limit) {
        if (expired == null) {
            expired = limit;
        }
        cancelCheck();
        try {
            super.close();
        } catch (IOException ignored) {
            // Closing is how a blocked read is woken; a failure to close changes nothing for the reader.
        }
    }

    private void throwIfExpired(IOException cause) throws LimitExceeded {
        LimitExceeded limit = expired;
        if (limit != null) {
            if (cause != null && cause != limit) {
                limit.addSuppressed(cause);
            }
            throw limit;
        }
    }

    /** Runs on the watchdog: expires the stream, or looks again at the next moment it could expire. */
    private void checkDeadlines() {
        long now = System.nanoTime();
        if (now - deadlineNanos >= 0) {
            expire(LimitExceeded.total(totalMillis));
            return;
        }
        long last = lastDataNanos;
        if (idleNanos > 0 && last != 0) {
            if (now - (last + idleNanos) >= 0) {
                expire(LimitExceeded.idle(TimeUnit.NANOSECONDS.toMillis(idleNanos)));
                return;
            }
            schedule(Math.min(deadlineNanos, last + idleNanos));
        } else {
            schedule(deadlineNanos);
        }
    }

    private synchronized void schedule(long atNanos) {
        if (finished) {
            return;
        }
        if (check != null) {
            check.cancel(false);
        }
        long delay = Math.max(0, atNanos - System.nanoTime());
        check = watchdog.schedule(this::checkDeadlines, delay, TimeUnit.NANOSECONDS);
    }

    private synchronized void cancelCheck() {
        finished = true;
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }
}
