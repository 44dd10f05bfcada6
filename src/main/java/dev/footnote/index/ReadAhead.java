package dev.footnote.index;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import dev.footnote.corpus.CorpusFile;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Document;
import dev.footnote.corpus.UnreadableDocumentException;

/**
 * Reads and parses the files of a sync on a thread of its own, ahead of the thread that embeds them, so that the
 * embedding model does not wait for Tika. What is read ahead is bounded by passages ({@code budget}: a document
 * larger than that alone is let through), so the heap holds about one batch more than before, never the corpus.
 * The reader touches nothing but the files: statuses, progress and the index stay with the caller, who takes the
 * files back in their order, each as its document or the reason it could not be read.
 */
final class ReadAhead implements AutoCloseable {

    /** One file as read: its document, or why it could not be read (exactly one of them). */
    record Read(CorpusFile file, Document document, UnreadableDocumentException unreadable, int permits) {
    }

    private static final Read END = new Read(null, null, null, 0);

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Semaphore budget;
    private final int budgetPermits;
    private final Thread thread;
    private volatile boolean closed;

    /** Starts reading {@code files} in order at once, with the corpus reader. */
    ReadAhead(CorpusReader reader, List<CorpusFile> files, int budget) {
        this(reader::read, files, budget);
    }

    /**
     * @param reader reads one file; throws {@link UnreadableDocumentException} for one that cannot be read
     * @param budget passages read but not yet taken, at most (a larger document alone is let through)
     */
    ReadAhead(Function<CorpusFile, Document> reader, List<CorpusFile> files, int budget) {
        this.budgetPermits = Math.max(1, budget);
        this.budget = new Semaphore(budgetPermits);
        this.thread = new Thread(() -> readAll(reader, files), "footnote-index-reader");
        // Never keeps the JVM up: it only reads files, and close() leaves a parse in progress behind.
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(Function<CorpusFile, Document> reader, List<CorpusFile> files) {
        try {
            for (CorpusFile file : files) {
                if (closed) {
                    return;
                }
                Read read;
                try {
                    Document document = reader.apply(file);
                    read = new Read(file, document, null, Math.min(budgetPermits, Math.max(1, document.passages().size())));
                } catch (UnreadableDocumentException e) {
                    read = new Read(file, null, e, 1);
                }
                budget.acquire(read.permits());
                queue.put(read);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // closed while waiting for room: nobody takes what would follow
        } catch (RuntimeException | Error e) {
            // A failure the indexer did not expect of a file: handed over so that the sync fails as it did before.
            queue.add(e);
        }
    }

    /**
     * The next file as read, in the order given; null after the last.
     *
     * @throws RuntimeException what reading a file threw, other than {@link UnreadableDocumentException}
     */
    Read next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next file to be read", e);
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        if (item instanceof Error e) {
            throw e;
        }
        Read read = (Read) item;
        budget.release(read.permits());
        return read == END ? null : read;
    }

    /** Stops reading: the file being parsed is finished and dropped, the rest are not read. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
