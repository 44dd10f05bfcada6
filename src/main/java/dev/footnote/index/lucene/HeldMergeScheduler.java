package dev.footnote.index.lucene;

import java.io.IOException;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergeTrigger;

/**
 * Lucene's concurrent merges, held back after a writer opens until {@link #release()}. A stop rolls the writer back,
 * which aborts the merges under way ({@code LuceneWrites#close}), so after a large indexing the merges that had not
 * finished started again with the next start, beside Spring's start and the first sync on the same 2 cores: health
 * after 11.5-12.9 s at 100,000 passages where a start whose merges were done took 9 s (docs/scale.md). While held,
 * the merges the writer finds stay queued in it; the release starts them (the writer would not: it asks its scheduler
 * only when it finds a new merge).
 */
final class HeldMergeScheduler extends ConcurrentMergeScheduler {

    private boolean held = true;
    /** The writer's queue of merges found while held; null when none waits. */
    private MergeSource waiting;

    @Override
    public synchronized void merge(MergeSource mergeSource, MergeTrigger trigger) throws IOException {
        // A writer closing with its merges (not ours: a stop rolls back) waits for every pending one: they must run.
        if (held && trigger != MergeTrigger.CLOSING) {
            waiting = mergeSource;
            return;
        }
        super.merge(mergeSource, trigger);
    }

    /** Lets merges run from now on, and starts those found while they were held. */
    synchronized void release() throws IOException {
        held = false;
        if (waiting != null) {
            MergeSource queued = waiting;
            waiting = null;
            super.merge(queued, MergeTrigger.EXPLICIT);
        }
    }

    synchronized boolean held() {
        return held;
    }
}
