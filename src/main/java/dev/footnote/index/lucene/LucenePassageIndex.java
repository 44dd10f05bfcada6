package dev.footnote.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;

import dev.footnote.corpus.Passage;
import dev.footnote.index.Bm25Queries;
import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.TextAnalysis;
import dev.footnote.index.TextEmbedder;

/**
 * The on-disk Lucene index of passages (the default backend of the {@link PassageIndex} seam): one writer,
 * near-real-time searchers, atomic commits. A crash between commits leaves the previous commit searchable, never a
 * half-written one. Beside its passages each file has a document record ({@link IndexFields#FILE_ID}), written in the
 * same commit, which the documents list reads. {@link #openReadOnly} opens it for reading alone: no writer, so no
 * write lock, and it works beside a server that holds one (the {@code check} command).
 * <p>
 * A façade: opening is {@link LuceneIndexFolder}'s; reads go through {@link LuceneSearchers} (records through
 * {@link LuceneRecords}, kept counts through {@link LuceneCounts}, extracts and summaries through
 * {@link LuceneExtracts}, a damaged file met by a read to {@link IndexDamage}); writes through {@link LuceneWrites}.
 */
public final class LucenePassageIndex implements PassageIndex {

    private final Directory directory;
    private final FootnoteAnalyzer analyzer;
    private final TextAnalysis analysis;
    private final Path dir;
    private final Similarity similarity;
    /** Null when the index holds no vectors (BM25 only). */
    private final PassageVectors vectors;
    /** Null when the index was opened read-only. */
    private final LuceneWrites writes;
    private final LuceneSearchers searchers;
    private final LuceneExtracts extracts;
    /** What features extract from each document as it is written; set once at start-up, before the first sync. */
    private volatile PassageAnnotator annotator = PassageAnnotator.NONE;
    private final LuceneCounts counts;

    /** @param openMode how the writer opens the folder; null to open it read-only, on its last commit */
    LucenePassageIndex(Path dir, Directory directory, IndexWriterConfig.OpenMode openMode, FootnoteAnalyzer analyzer,
                       Similarity similarity, PassageVectors vectors, List<String> carriedExclusions) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.analysis = new TextAnalysis(analyzer);
        this.vectors = vectors;
        this.similarity = similarity;
        if (openMode == null) {
            this.writes = null;
            this.searchers = LuceneSearchers.onLastCommit(directory, similarity);
        } else {
            this.writes = new LuceneWrites(directory, openMode, analyzer, similarity, vectors, carriedExclusions);
            this.searchers = writes.searchers();
        }
        searchers.watchFor(new IndexDamage(dir, openMode != null));
        this.extracts = new LuceneExtracts(searchers);
        this.counts = new LuceneCounts(searchers);
    }

    /** Opens (or creates) a BM25-only index in {@code dir} with Lucene's default BM25 parameters. */
    public static LucenePassageIndex open(Path dir, FootnoteAnalyzer analyzer) {
        return open(dir, analyzer, new BM25Similarity(), null);
    }

    /** As {@link #open(Path, FootnoteAnalyzer, Similarity, PassageVectors)}, ranking with BM25 of these parameters. */
    public static LucenePassageIndex open(Path dir, FootnoteAnalyzer analyzer, float bm25K1, float bm25B, PassageVectors vectors) {
        return open(dir, analyzer, new BM25Similarity(bm25K1, bm25B), vectors);
    }

    /**
     * Opens (or creates) the index in {@code dir}; an index of an older schema, or whose vectors came
     * from another embedding model, is rebuilt from scratch.
     *
     * @param vectors embeds passages on writing; {@code null} for an index without dense vectors
     */
    public static LucenePassageIndex open(Path dir, FootnoteAnalyzer analyzer, Similarity similarity, PassageVectors vectors) {
        return LuceneIndexFolder.openToWrite(dir, analyzer, similarity, vectors);
    }

    /**
     * Opens the existing index in {@code dir} for reading only: a {@link DirectoryReader} on its last commit, no
     * writer and no write lock, so that it can be read while a server writes it. Nothing is created or rebuilt:
     * a missing index, or one of another schema or embedding model, is an error naming the folder.
     */
    public static LucenePassageIndex openReadOnly(Path dir, FootnoteAnalyzer analyzer, float bm25K1, float bm25B,
                                                  PassageVectors vectors) {
        return LuceneIndexFolder.openToRead(dir, analyzer, bm25K1, bm25B, vectors);
    }

    /** An index in {@code dir} with this one's analysis and ranking and no vectors: what BM25 alone costs, for benchmarks. */
    public LucenePassageIndex bm25OnlyTwin(Path dir) {
        return open(dir, analyzer, similarity, null);
    }

    /** The ranking function of text searches (BM25 with the configured parameters). */
    public Similarity similarity() {
        return similarity;
    }

    @Override
    public boolean hasVectors() {
        return vectors != null;
    }

    @Override
    public TextEmbedder embedder() {
        if (vectors == null) {
            throw new IllegalStateException("this index holds no dense vectors");
        }
        return vectors.embedder();
    }

    @Override
    public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
        Query query = Bm25Queries.of(terms, sourceBoost);
        return query == null || limit <= 0 ? List.of() : search(query, limit);
    }

    public List<Hit> nearest(float[] vector, int k) {
        return search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, k), k);
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        return LuceneIndexFolder.sizeOnDisk(dir);
    }

    /** Vectors already stored for these embedding hashes (a hash not in the index is absent from the result). */
    Map<String, EmbeddedPassage> storedVectors(List<String> hashes) {
        return withSearcher(searcher -> StoredVectors.byEmbeddingHash(searcher, hashes, vectors.sentenceVectors()));
    }

    /**
     * The stored sentence vectors of these passages, by passage id (in the order of
     * {@link dev.footnote.text.Sentences#split}); a passage without them is absent.
     */
    @Override
    public Map<String, float[][]> sentenceVectors(Collection<String> passageIds) {
        return passageIds.isEmpty() ? Map.of() : withSearcher(searcher -> StoredVectors.sentencesByPassageId(searcher, passageIds));
    }

    @Override
    public TextAnalysis analysis() {
        return analysis;
    }

    /** Runs a read against a consistent point-in-time view of the index. */
    public <T> T withSearcher(SearcherFunction<T> function) {
        return searchers.withSearcher(function);
    }

    /** A read against an index searcher. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Top hits for a query, ties broken by passage id so that results are the same on every run. */
    public List<Hit> search(Query query, int limit) {
        return searchers.hits(query, limit);
    }

    @Override
    public Optional<Passage> passage(String passageId) {
        return extracts.passage(passageId);
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        return extracts.passagesOf(documentId);
    }

    /** The document records, by path: one stored document per file, never a scan of the passages. */
    @Override
    public Map<String, IndexedFile> files() {
        return withSearcher(LuceneRecords::files);
    }

    @Override
    public Optional<IndexedFile> file(String documentId) {
        return withSearcher(searcher -> LuceneRecords.file(searcher, documentId));
    }

    @Override
    public int documentCount() {
        return counts.documents();
    }

    @Override
    public Set<String> exclusions() {
        return withSearcher(searcher -> Set.copyOf(LuceneRecords.exclusionPaths(searcher)));
    }

    /** Every passage with its stored extract, document by document in path order, each in reading order. */
    @Override
    public List<Extract> extracts() {
        return extracts.all();
    }

    /** The passages these select, with their extracts: one search over the three id fields, then those passages only. */
    @Override
    public List<Extract> extracts(Collection<String> passageIds, Collection<String> documentIds, Collection<String> actors) {
        return extracts.selectedBy(passageIds, documentIds, actors);
    }

    @Override
    public List<DocumentSummary> summaries(String key) {
        return extracts.summaries(key);
    }

    @Override
    public Map<String, String> unsummarised(String key) {
        return extracts.unsummarised(key);
    }

    /** Changes whenever a commit changes the index: a cheap key for caches of anything derived from it. */
    @Override
    public long version() {
        return counts.version();
    }

    @Override
    public int passageCount() {
        return counts.passages();
    }

    @Override
    public TermStats termStats(String term) {
        return counts.termStats(term);
    }

    @Override
    public void annotateWith(PassageAnnotator annotator) {
        this.annotator = java.util.Objects.requireNonNull(annotator, "annotator");
    }

    /**
     * Applies a batch of changes and commits them as one atomic commit, then makes them visible.
     * If anything fails, the uncommitted changes are rolled back and the last commit stays in force.
     * The passages are embedded before the write lock is taken, so that a short write (an exclusion
     * asked for over HTTP) waits for a batch's commit, not for its embedding.
     */
    @Override
    public void apply(IndexChanges changes) {
        prepare(changes).write();
    }

    /** Embeds on the calling thread and writes when asked for ({@link LuceneWrites#prepare}); not on a read-only index. */
    @Override
    public Prepared prepare(IndexChanges changes) {
        if (writes == null) {
            throw new IllegalStateException("the index in " + dir.toAbsolutePath() + " was opened read-only and cannot be changed");
        }
        return writes.prepare(changes, annotator, this::storedVectors);
    }

    /** A folder on this machine is there while the process runs: unavailable if a read found it damaged, or if the writer could not be reopened. */
    @Override
    public Optional<String> unavailable() {
        return searchers.damageFound().or(() -> writes == null || writable() ? Optional.empty()
                : Optional.of("the Lucene index writer is closed and could not be reopened"));
    }

    /** Whether the writer is open (it is reopened after a failed write; closed only by {@link #close()}). */
    public boolean writable() {
        return writes != null && writes.isOpen();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writes != null) {
            writes.close();
        }
        directory.close();
    }
}
