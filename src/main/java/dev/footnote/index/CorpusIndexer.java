package dev.footnote.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.CorpusFile;
import dev.footnote.corpus.CorpusFolder;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Document;
import dev.footnote.corpus.DocumentFormat;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.StableIds;
import dev.footnote.corpus.UnreadableDocumentException;

/**
 * Brings the index in line with the corpus folder, touching only what changed: a file whose content
 * hash is unchanged is left alone (and not even parsed), a changed or new file is (re)written, a
 * deleted file leaves the index. Files are read one at a time and committed in batches of whole
 * documents, so memory stays bounded, a document becomes searchable all at once, and a kill keeps
 * every batch already committed. A file that could not be read keeps its previously indexed passages.
 * Reading, embedding and writing overlap so that the embedding model is kept busy: files are read ahead on one
 * thread ({@link ReadAhead}), a batch is embedded here while the one before it is written on another
 * ({@link BatchCommits}).
 * This is the one indexing path: start-up, the watched folder, uploads and {@code bench} all run it.
 */
public final class CorpusIndexer {

    private static final Logger log = LoggerFactory.getLogger(CorpusIndexer.class);

    private final CorpusReader reader;
    private final PassageIndex index;
    private final DocumentStatuses statuses;
    private final IndexProgress progress;
    private final BatchSize batchSize;
    private final PendingRemovals removals;
    private final Exclusions exclusions;
    private final AtomicReference<Consumer<List<CorpusFile>>> nextListing = new AtomicReference<>();

    /**
     * @param commitPassages a batch is committed once it holds at least this many passages
     */
    public CorpusIndexer(CorpusReader reader, PassageIndex index, DocumentStatuses statuses, IndexProgress progress,
                         int commitPassages) {
        this(reader, index, statuses, progress, commitPassages, new PendingRemovals());
    }

    public CorpusIndexer(CorpusReader reader, PassageIndex index, DocumentStatuses statuses, IndexProgress progress,
                         int commitPassages, PendingRemovals removals) {
        this(reader, index, statuses, progress, commitPassages, removals, Exclusions.inMemory());
    }

    /**
     * @param removals   deletions asked for through the API: carried out first in every sync
     * @param exclusions files of the folder left out: never read, and taken out of the index
     */
    public CorpusIndexer(CorpusReader reader, PassageIndex index, DocumentStatuses statuses, IndexProgress progress,
                         int commitPassages, PendingRemovals removals, Exclusions exclusions) {
        this(reader, index, statuses, progress, fixedBatches(commitPassages), removals, exclusions);
    }

    /** @param batchSize how many passages each commit holds */
    public CorpusIndexer(CorpusReader reader, PassageIndex index, DocumentStatuses statuses, IndexProgress progress,
                         BatchSize batchSize, PendingRemovals removals, Exclusions exclusions) {
        this.reader = reader;
        this.index = index;
        this.statuses = statuses;
        this.progress = progress;
        this.batchSize = batchSize;
        this.removals = removals;
        this.exclusions = exclusions;
    }

    private static BatchSize fixedBatches(int commitPassages) {
        if (commitPassages < 1) {
            throw new IllegalArgumentException("commitPassages must be >= 1, was " + commitPassages);
        }
        return BatchSize.fixed(commitPassages);
    }

    public PendingRemovals removals() {
        return removals;
    }

    public Exclusions exclusions() {
        return exclusions;
    }

    public CorpusIndexer(CorpusReader reader, PassageIndex index) {
        this(reader, index, new DocumentStatuses(), new IndexProgress(Duration.ofSeconds(10)), 512);
    }

    public DocumentStatuses statuses() {
        return statuses;
    }

    public IndexProgress progress() {
        return progress;
    }

    /** Hands the files the next sync lists to {@code listener}, once, as soon as they are listed (the folder watcher starts from them). */
    public void onNextListing(Consumer<List<CorpusFile>> listener) {
        nextListing.set(listener);
    }

    public IndexSyncReport sync(Path corpusDir) {
        return sync(corpusDir, () -> false);
    }

    /** @param stop checked between documents: when it answers true, the batch so far is committed and the sync ends */
    public synchronized IndexSyncReport sync(Path corpusDir, BooleanSupplier stop) {
        long started = System.nanoTime();
        // Deletions asked for through the API first: out of the index, then (only then) out of the folder.
        removePending(corpusDir);
        Set<String> removing = removals.paths();
        Set<String> excluded = exclusions.paths();
        CorpusFolder.Listing listing = reader.list(corpusDir);
        long listed = System.nanoTime();
        Map<String, IndexedFile> indexed = index.files();
        long recordsRead = System.nanoTime();
        SyncTally tally = new SyncTally();

        // Pass 1: find what changed: by size and time first, by content hash when they differ; only new and changed files are parsed.
        List<CorpusFile> work = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        List<IndexedFile> restamped = new ArrayList<>();
        long bytesToIndex = 0;
        int leftOut = 0;
        for (CorpusFile file : listing.files()) {
            if (removing.contains(file.path())) {
                continue;
            }
            if (excluded.contains(file.path())) {
                // Not even hashed: a changed file stays excluded until it is included again.
                statuses.put(DocumentStatus.queued(file.path()).with(DocumentState.EXCLUDED, Exclusions.REASON));
                leftOut++;
                continue;
            }
            IndexedFile before = indexed.get(file.path());
            if (before != null && before.stamp().matches(file.size(), file.modifiedMillis())) {
                // Same size and time as when it was indexed: trusted unchanged without reading it (a restart reads only what changed).
                tally.unchanged++;
                statuses.put(indexedStatus(before, file.path()));
                continue;
            }
            String hash;
            try {
                hash = StableIds.sha256(reader.bytes(file));
            } catch (UnreadableDocumentException e) {
                tally.unreadable(file.path(), e, statuses);
                continue;
            }
            if (before != null && before.contentHash().equals(hash)) {
                tally.unchanged++;
                // Touched, or indexed before stamps were kept: the record takes the new stamp, so the next restart need not read it.
                FileStamp stamp = FileStamp.of(file);
                if (stamp.known() && !stamp.equals(before.stamp())) {
                    restamped.add(before.withStamp(stamp));
                }
                statuses.put(indexedStatus(before, file.path()));
                continue;
            }
            work.add(file);
            bytesToIndex += file.size();
            statuses.put(DocumentStatus.queued(file.path()));
        }
        Set<String> present = new HashSet<>();
        listing.files().forEach(f -> present.add(f.path()));
        listing.skipped().forEach(s -> present.add(s.path()));
        for (IndexedFile file : indexed.values()) {
            if (!present.contains(file.path()) || excluded.contains(file.path())) {
                tally.removed.add(file.path());
                deletions.add(file.documentId());
            }
        }
        // A file stored (an upload) after this listing was read is queued, not gone: it keeps its status until the next sync.
        statuses.all().stream()
                .filter(st -> st.state() == DocumentState.QUEUED && java.nio.file.Files.isRegularFile(corpusDir.resolve(st.path())))
                .forEach(st -> present.add(st.path()));
        statuses.retainPaths(present);
        // Every file and every record now has its status: a documents list no longer needs to read the records itself.
        statuses.listed();
        // An excluded file is not one of the corpus's documents: "2 documents indexed" counts only those in answers.
        int documents = listing.files().size() - leftOut;
        progress.begin(documents, documents - work.size(), bytesToIndex);
        log.debug("Sync compared {} files with {} records in {} ms: listing {} ms, records {} ms, statuses {} ms",
                listing.files().size(), indexed.size(), (System.nanoTime() - started) / 1_000_000,
                (listed - started) / 1_000_000, (recordsRead - listed) / 1_000_000, (System.nanoTime() - recordsRead) / 1_000_000);
        Consumer<List<CorpusFile>> listener = nextListing.getAndSet(null);
        if (listener != null) {
            listener.accept(listing.files());
        }

        // Pass 2: parse the new and changed files (read ahead on a thread of their own), committing whole documents in
        // batches, each embedded here while the one before is written. Removed files leave the index with the first commit.
        IndexBatch batch = new IndexBatch();
        batch.deletions.addAll(deletions);
        batch.restamped.addAll(restamped);
        batchSize.begin();
        try (ReadAhead files = new ReadAhead(reader, work, batchSize.passages()); BatchCommits commits = new BatchCommits(index, statuses, progress)) {
            int taken = 0;
            for (ReadAhead.Read read = files.next(); read != null; read = files.next(), taken++) {
                if (stop.getAsBoolean()) {
                    log.info("Indexing stopped; {} documents left for the next start", work.size() - taken);
                    break;
                }
                if (take(read, indexed.get(read.file().path()), batch, tally) && batch.passages >= batchSize.passages()) {
                    commits.commit(batch);
                    batchSize.handedOver(System.nanoTime());
                    batch = new IndexBatch();
                }
            }
            commits.commit(batch);
            commits.finish();
        }
        progress.finish();
        IndexSyncReport report = new IndexSyncReport(tally.added, tally.changed, tally.removed, tally.unchanged,
                tally.skipped, (System.nanoTime() - started) / 1_000_000);
        log.info("Index synchronised with {} in {} ms: {} added, {} changed, {} removed, {} unchanged, {} skipped ({} passages/s)",
                corpusDir, report.millis(), tally.added.size(), tally.changed.size(), tally.removed.size(), tally.unchanged,
                report.skipped().size(), String.format("%.0f", progress.passagesPerSecond()));
        return report;
    }

    /** Puts one file as read into the batch: false when it has nothing to write (unreadable, or no text). */
    private boolean take(ReadAhead.Read read, IndexedFile before, IndexBatch batch, SyncTally tally) {
        CorpusFile file = read.file();
        statuses.put(DocumentStatus.queued(file.path()).with(DocumentState.INDEXING, null));
        if (read.unreadable() != null) {
            tally.unreadable(file.path(), read.unreadable(), statuses);
            progress.settled(file.size());
            return false;
        }
        Document document = read.document();
        if (document.passages().isEmpty()) {
            // Nothing to quote: not an "added" document, and any passages of an earlier version go.
            tally.skip(file.path(), DocumentFormat.of(file.path()).orElseThrow().noTextReason(), statuses);
            if (before != null) {
                batch.deletions.add(before.documentId());
                tally.removed.add(file.path());
            }
            progress.settled(file.size());
            return false;
        }
        (before == null ? tally.added : tally.changed).add(file.path());
        batch.add(document, FileStamp.of(file), file.size());
        return true;
    }

    private static DocumentStatus indexedStatus(IndexedFile file, String path) {
        return new DocumentStatus(file.documentId(), path, DocumentState.INDEXED, null, file.passages(), file.title(), file.type(),
                file.pages());
    }

    private void removePending(Path corpusDir) {
        for (Map.Entry<String, String> removal : removals.snapshot().entrySet()) {
            try {
                index.apply(new IndexChanges(List.of(), List.of(removal.getKey())));
            } catch (RuntimeException e) {
                // The file stays until its passages are gone; the removal stays pending and hidden.
                String reason = IndexOutage.reason(e);
                progress.pause(reason);
                throw new IndexingPausedException(reason, e);
            }
            Path file = corpusDir.resolve(removal.getValue());
            try {
                if (CorpusFolder.isInside(corpusDir, file)) {
                    java.nio.file.Files.deleteIfExists(file);
                }
            } catch (java.io.IOException e) {
                log.warn("Document {} left the index, but its file could not be deleted: {}", removal.getValue(), e.getMessage());
            }
            statuses.remove(removal.getKey());
            removals.done(removal.getKey());
            log.info("Deleted document {} ({})", removal.getKey(), removal.getValue());
        }
    }
}
