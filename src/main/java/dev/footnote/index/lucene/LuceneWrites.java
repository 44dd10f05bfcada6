package dev.footnote.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.StableIds;
import dev.footnote.index.BatchAnnotations;
import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.PassageDocuments;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;

/**
 * The write path of a writable {@link LucenePassageIndex}: its one writer, the batches written and committed through it
 * one at a time, and the rollback and new writer after a failed write. Owns the near-real-time searchers, which it
 * refreshes after each commit and moves to the new writer.
 */
final class LuceneWrites {

    private static final Logger log = LoggerFactory.getLogger(LucenePassageIndex.class);

    /**
     * How long the merges of the writer opened at start wait, unless a batch is written first: longer than a start and
     * its first sync take at 1,000,000 passages (~15 s), short enough that an idle server soon merges what it has.
     */
    static final Duration MERGE_HOLD = Duration.ofSeconds(60);

    /** Releases held merges; one daemon thread for every index of the process. */
    private static final ScheduledThreadPoolExecutor MERGE_RELEASE = mergeRelease();

    private final Directory directory;
    private final FootnoteAnalyzer analyzer;
    private final Similarity similarity;
    /** Null when the index holds no vectors (BM25 only). */
    private final PassageVectors vectors;
    /**
     * The exclusions of the index being rebuilt (another schema or embedding model): a rebuild starts from
     * nothing, but a file the user left out stays left out, so they are written into the new index's first commit.
     */
    private final List<String> carriedExclusions;
    /** Replaced after a failed write: Lucene's rollback closes the writer, and indexing must go on without a restart. */
    private volatile IndexWriter writer;
    /** CREATE until the first commit of a rebuilt index, so that a rolled-back rebuild does not resurrect the old schema. */
    private volatile IndexWriterConfig.OpenMode openMode;
    private volatile HeldMergeScheduler merges;
    private final ScheduledFuture<?> mergeHoldEnd;
    private final LuceneSearchers searchers;

    LuceneWrites(Directory directory, IndexWriterConfig.OpenMode openMode, FootnoteAnalyzer analyzer, Similarity similarity,
                 PassageVectors vectors, List<String> carriedExclusions) throws IOException {
        this.carriedExclusions = List.copyOf(carriedExclusions);
        this.directory = directory;
        this.analyzer = analyzer;
        this.vectors = vectors;
        this.similarity = similarity;
        this.openMode = openMode;
        this.writer = newWriter();
        try {
            this.searchers = LuceneSearchers.onWriter(writer, similarity);
        } catch (IOException | RuntimeException e) {
            // A segment that cannot be read (a damaged file): the lock goes with the writer, so that a rebuild can take it.
            writer.rollback();
            throw e;
        }
        this.mergeHoldEnd = MERGE_RELEASE.schedule(this::releaseMerges, MERGE_HOLD.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ScheduledThreadPoolExecutor mergeRelease() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "lucene-merge-release");
            thread.setDaemon(true);
            return thread;
        });
        // A closed index's release is cancelled, and with it the executor's reference to the index.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Starts the merges held since the writer opened, if they still are (a write releases them first). */
    void releaseMerges() {
        try {
            merges.release();
        } catch (AlreadyClosedException | IOException e) {
            // Closed or replaced meanwhile: its merges went with it, and a new writer merges at its first commit.
        }
    }

    /** Whether the merges of the writer are still held (tests). */
    boolean mergesHeld() {
        return merges.held();
    }

    /** The near-real-time searchers on this writer (and on the writers that replace it). */
    LuceneSearchers searchers() {
        return searchers;
    }

    /**
     * The passages embedded on the calling thread while another makes their extracts ({@link BatchAnnotations}); the
     * write when asked for.
     *
     * @param stored the vectors already in the index for these embedding hashes
     */
    PassageIndex.Prepared prepare(IndexChanges changes, PassageAnnotator annotating,
                                  Function<List<String>, Map<String, EmbeddedPassage>> stored) {
        BatchAnnotations annotations = BatchAnnotations.start(annotating, changes);
        // Vectors first, while the old passages (and their reusable vectors) are still in the index; nothing is written yet.
        Map<String, EmbeddedPassage> vectorsByHash = vectors == null ? Map.of() : vectors.vectorsFor(
                changes.replacements().stream().flatMap(r -> r.document().passages().stream()).toList(),
                stored);
        return () -> write(changes, vectorsByHash, annotating, annotations);
    }

    /**
     * Lucene 9's tiered policy with Lucene 10's floor (16 MB instead of 2 MB): each batch commit flushes a small segment,
     * and below the floor they are merged as if of the floor's size, so a large index keeps fewer small segments, each of
     * which a search visits (HNSW graph, term dictionary, id look-up).
     */
    private static TieredMergePolicy mergePolicy() {
        return new TieredMergePolicy().setFloorSegmentMB(16);
    }

    private IndexWriter newWriter() throws IOException {
        // A config belongs to one writer: a reopened writer gets a new one, and a merge scheduler of its own.
        merges = new HeldMergeScheduler();
        IndexWriter opened = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity).setOpenMode(openMode)
                .setCodec(VectorCodecs.forEncoding(IndexIdentity.encoding(vectors))).setMergePolicy(mergePolicy())
                .setMergeScheduler(merges));
        if (openMode == IndexWriterConfig.OpenMode.CREATE) {
            for (String path : carriedExclusions) {
                opened.updateDocument(new Term(IndexFields.EXCLUDED_ID, StableIds.documentId(path)), PassageDocuments.exclusion(path));
            }
        }
        return opened;
    }

    /**
     * Writes a batch as one atomic commit, then makes it visible. If anything fails, the uncommitted changes are rolled
     * back and the last commit stays in force. One batch at a time.
     */
    private synchronized void write(IndexChanges changes, Map<String, EmbeddedPassage> vectorsByHash, PassageAnnotator annotator,
                                    BatchAnnotations annotated) {
        try {
            // Those held since the writer opened start now; the write's commit starts those it makes necessary.
            merges.release();
            for (String documentId : changes.deletions()) {
                writer.deleteDocuments(new Term(IndexFields.DOCUMENT_ID, documentId), new Term(IndexFields.FILE_ID, documentId),
                        new Term(IndexFields.SUMMARY_OF, documentId));
            }
            for (IndexChanges.Replacement replacement : changes.replacements()) {
                Map<String, PassageAnnotator.Annotation> annotations = annotated.of(replacement.document());
                List<org.apache.lucene.document.Document> docs = replacement.document().passages().stream()
                        .map(p -> {
                            EmbeddedPassage embedded = vectors == null ? null : vectorsByHash.get(PassageVectors.embeddingHash(p));
                            return encoded(PassageDocuments.toLucene(replacement.document(), p, embedded, annotations.get(p.id())),
                                    embedded);
                        })
                        .toList();
                // updateDocuments deletes the old passages and adds the new ones under one term,
                // so a re-indexed file replaces its passages instead of duplicating them.
                writer.updateDocuments(new Term(IndexFields.DOCUMENT_ID, replacement.document().id()), docs);
                // The record in the same commit: the documents list never sees a file without its passages.
                writer.updateDocument(new Term(IndexFields.FILE_ID, replacement.document().id()),
                        PassageDocuments.record(replacement.document(), replacement.stamp()));
                // And its summary, or none: a summary of an older version must not outlive it.
                PassageAnnotator.Summary summary = annotator.summarise(replacement.document(), annotations);
                Term summaryOf = new Term(IndexFields.SUMMARY_OF, replacement.document().id());
                if (summary == null) {
                    writer.deleteDocuments(summaryOf);
                } else {
                    writer.updateDocument(summaryOf, PassageDocuments.summary(replacement.document(), summary));
                }
            }
            for (IndexedFile file : changes.restamped()) {
                writer.updateDocument(new Term(IndexFields.FILE_ID, file.documentId()), PassageDocuments.record(file));
            }
            for (String path : changes.excluded()) {
                writer.updateDocument(new Term(IndexFields.EXCLUDED_ID, StableIds.documentId(path)), PassageDocuments.exclusion(path));
            }
            for (String path : changes.included()) {
                writer.deleteDocuments(new Term(IndexFields.EXCLUDED_ID, StableIds.documentId(path)));
            }
            writer.setLiveCommitData(IndexIdentity.commitData(vectors).entrySet());
            writer.commit();
            openMode = IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
            searchers.refresh();
        } catch (IOException | RuntimeException e) {
            rollbackAndReopen(e);
            if (e instanceof IOException io) {
                log.warn("Index write failed: {}", io.toString());
                throw new UncheckedIOException("index update failed and was rolled back: " + why(io), io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * The passage document with its sentence vectors in this index's encoding: {@link PassageDocuments} packs them as
     * float32, which int8 replaces with a quarter of the bytes ({@link SentenceVectorBytes}).
     */
    private org.apache.lucene.document.Document encoded(org.apache.lucene.document.Document doc, EmbeddedPassage embedded) {
        if (IndexIdentity.encoding(vectors) == PassageVectors.Encoding.INT8 && doc.getField(IndexFields.SENTENCE_VECTORS) != null) {
            doc.removeField(IndexFields.SENTENCE_VECTORS);
            doc.add(new org.apache.lucene.document.StoredField(IndexFields.SENTENCE_VECTORS,
                    SentenceVectorBytes.packInt8(embedded.sentences())));
        }
        return doc;
    }

    /**
     * What the operator can act on, for the status that {@code /api/index} shows to anyone: a full disk said as such,
     * otherwise the kind of failure; the log keeps the message, which may name files by their paths.
     */
    private static String why(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left on device") || message.contains("There is not enough space on the disk")
                ? "the disk holding the index is full" : e.getClass().getSimpleName();
    }

    /**
     * Drops everything since the last commit and opens a new writer on that commit, so that the next
     * write (a retry once the embedding server is back) works without a restart. Reads go on meanwhile
     * against the last commit: searchers already handed out keep their reader.
     */
    private void rollbackAndReopen(Exception cause) {
        try {
            // rollback() also closes the writer, and with it the searcher manager's source of fresh readers.
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            IndexWriter reopened = newWriter();
            SearcherManager old = searchers.switchTo(reopened);
            writer = reopened;
            old.close();
            // Only a start holds merges back: the server is up by now.
            releaseMerges();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Whether the writer is open (it is reopened after a failed write; closed only by {@link #close()}). */
    boolean isOpen() {
        return writer.isOpen();
    }

    /**
     * Closes the writer; the searchers are closed before, by the index. Every write commits before it returns, and
     * this waits for a write under way (the same lock), so nothing uncommitted is left to keep: the writer is rolled
     * back rather than closed, which aborts running merges instead of waiting for them (a merge of a large index took
     * minutes, and a stop waited for it). The merges start again from the last commit.
     */
    synchronized void close() throws IOException {
        mergeHoldEnd.cancel(false);
        if (writer.isOpen()) {
            writer.rollback();
        }
    }
}
