package dev.footnote.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * How much of a stretch of time the embedding model worked: the embedding threads ({@code footnote-embedding-N}) are
 * looked at every few milliseconds, and a thread running (in the model, or handing it texts) counts as busy. Unlike a
 * throughput set against the model's limit measured at another moment, it does not move when other processes on the
 * machine take the cores for a while: it says whether the indexer kept the model fed.
 */
final class ModelBusy implements AutoCloseable {

    private static final String THREADS = "footnote-embedding-";
    private static final long PERIOD_NANOS = 2_000_000;
    private static final int RESCAN_EVERY = 100;

    private final int threads;
    private final Thread sampler;
    private volatile boolean stopped;
    private long samples;
    private long busy;

    /** @param threads embedding threads the model has (the share is of all of them) */
    private ModelBusy(int threads) {
        this.threads = threads;
        this.sampler = new Thread(this::sample, "footnote-bench-model-busy");
        sampler.setDaemon(true);
    }

    static ModelBusy start(int threads) {
        ModelBusy busy = new ModelBusy(Math.max(1, threads));
        busy.sampler.start();
        return busy;
    }

    private void sample() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] ids = new long[0];
        for (int tick = 0; !stopped; tick++) {
            if (tick % RESCAN_EVERY == 0) {
                // Embedding threads start when first needed: look for new ones now and then.
                ids = Arrays.stream(bean.getThreadInfo(bean.getAllThreadIds(), 0))
                        .filter(t -> t != null && t.getThreadName().startsWith(THREADS) && Character.isDigit(lastChar(t)))
                        .mapToLong(ThreadInfo::getThreadId).toArray();
            }
            int running = 0;
            for (ThreadInfo info : bean.getThreadInfo(ids, 0)) {
                if (info != null && info.getThreadState() == Thread.State.RUNNABLE) {
                    running++;
                }
            }
            synchronized (this) {
                samples++;
                busy += Math.min(running, threads);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    private static char lastChar(ThreadInfo info) {
        String name = info.getThreadName();
        return name.charAt(name.length() - 1);
    }

    /** The share of the time so far that the embedding threads were working, 0–1. */
    synchronized double share() {
        return samples == 0 ? 0 : busy / (double) (samples * threads);
    }

    @Override
    public void close() {
        stopped = true;
        try {
            sampler.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
