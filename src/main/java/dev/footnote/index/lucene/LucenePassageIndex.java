package dev.footnote.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.StableIds;
import dev.footnote.index.Bm25Queries;
import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.PassageDocuments;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.BatchAnnotations;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.TextAnalysis;
import dev.footnote.index.TextEmbedder;

/**
 * The on-disk Lucene index of passages (the default backend of the {@link PassageIndex} seam): one
 * writer, near-real-time searchers, atomic commits. A crash between commits leaves the previous
 * commit searchable, never a half-written one. Beside its passages each file has a document record
 * ({@link IndexFields#FILE_ID}), written in the same commit, which the documents list reads.
 * <p>
 * {@link #openReadOnly} opens it for reading alone: no writer, so no write lock, and it works beside a server
 * that holds one (the {@code check} command); it sees the last commit made before it opened.
 */
public final class LucenePassageIndex implements PassageIndex {

    private static final Logger log = LoggerFactory.getLogger(LucenePassageIndex.class);


    private final Directory directory;
    /**
     * Replaced after a failed write: Lucene's rollback closes the writer, and indexing must go on without a restart.
     * Null when the index was opened read-only.
     */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /**
     * CREATE until the first commit of a rebuilt index, so that a rolled-back rebuild does not resurrect the old schema;
     * null for an index opened read-only.
     */
    private volatile IndexWriterConfig.OpenMode openMode;
    private final FootnoteAnalyzer analyzer;
    private final TextAnalysis analysis;
    private final Path dir;
    private final Similarity similarity;
    /** Null when the index holds no vectors (BM25 only). */
    private final PassageVectors vectors;
    /** What features extract from each document as it is written; set once at start-up, before the first sync. */
    private volatile PassageAnnotator annotator = PassageAnnotator.NONE;
    /**
     * The exclusions of the index being rebuilt (another schema or embedding model): a rebuild starts from
     * nothing, but a file the user left out stays left out, so they are written into the new index's first commit.
     */
    private final List<String> carriedExclusions;
    /** Passage and record counts of the current reader, counted once per commit rather than on every call. */
    private volatile Counts counts;

    private record Counts(long readerVersion, int passages, int documents) {
    }

    private LucenePassageIndex(Path dir, Directory directory, IndexWriterConfig.OpenMode openMode, FootnoteAnalyzer analyzer,
                         Similarity similarity, PassageVectors vectors, List<String> carriedExclusions) throws IOException {
        this.carriedExclusions = List.copyOf(carriedExclusions);
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.analysis = new TextAnalysis(analyzer);
        this.vectors = vectors;
        this.similarity = similarity;
        this.openMode = openMode;
        if (openMode == null) {
            this.writer = null;
            this.searchers = new SearcherManager(directory, searcherFactory());
        } else {
            this.writer = newWriter();
            this.searchers = newSearchers(writer);
        }
    }

    private IndexWriter newWriter() throws IOException {
        // A config belongs to one writer: a reopened writer gets a new one.
        IndexWriter opened = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity).setOpenMode(openMode)
                .setCodec(VectorCodecs.forEncoding(IndexIdentity.encoding(vectors))));
        if (openMode == IndexWriterConfig.OpenMode.CREATE) {
            for (String path : carriedExclusions) {
                opened.updateDocument(new Term(IndexFields.EXCLUDED_ID, StableIds.documentId(path)), PassageDocuments.exclusion(path));
            }
        }
        return opened;
    }

    private SearcherManager newSearchers(IndexWriter writer) throws IOException {
        return new SearcherManager(writer, searcherFactory());
    }

    private SearcherFactory searcherFactory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        };
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
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            Optional<String> mismatch = IndexIdentity.mismatch(directory, vectors);
            boolean matches = mismatch.isEmpty();
            IndexWriterConfig.OpenMode mode = matches ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE;
            List<String> carried = matches ? List.of() : LuceneRecords.exclusionsOfLatestCommit(directory);
            mismatch.ifPresent(why -> log.info("Rebuilding the index in {} from the corpus: {}", dir.toAbsolutePath(), why));
            if (!carried.isEmpty()) {
                log.info("Rebuilding the index in {}: its {} excluded files stay excluded", dir.toAbsolutePath(), carried.size());
            }
            return new LucenePassageIndex(dir, directory, mode, analyzer, similarity, vectors, carried);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the index folder " + dir.toAbsolutePath()
                    + " is locked by another Footnote process; stop it or choose another footnote.index.dir", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index folder " + dir.toAbsolutePath(), e);
        }
    }

    /**
     * Opens the existing index in {@code dir} for reading only: a {@link DirectoryReader} on its last commit, no
     * writer and no write lock, so that it can be read while a server writes it. Nothing is created or rebuilt:
     * a missing index, or one of another schema or embedding model, is an error naming the folder.
     */
    public static LucenePassageIndex openReadOnly(Path dir, FootnoteAnalyzer analyzer, float bm25K1, float bm25B,
                                                  PassageVectors vectors) {
        Directory directory = null;
        try {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("there is no index folder " + dir.toAbsolutePath()
                        + " (footnote.index.dir): start the server once over the corpus to index it");
            }
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalStateException("the folder " + dir.toAbsolutePath()
                        + " (footnote.index.dir) holds no index: start the server once over the corpus to index it");
            }
            Optional<String> mismatch = IndexIdentity.mismatch(directory, vectors);
            if (mismatch.isPresent()) {
                throw new IllegalStateException("the index in " + dir.toAbsolutePath() + " cannot be read with these settings ("
                        + mismatch.get() + "); read-only, it cannot be rebuilt: run with the server's settings");
            }
            return new LucenePassageIndex(dir, directory, null, analyzer, new BM25Similarity(bm25K1, bm25B), vectors, List.of());
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot read the index folder " + dir.toAbsolutePath(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static void closeQuietly(Directory directory) {
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException ignored) {
            // the error that got us here is the one to report
        }
    }

    /** An index in {@code dir} with this one's analysis and ranking and no vectors: what BM25 alone costs, for benchmarks. */
    public LucenePassageIndex bm25OnlyTwin(Path dir) {
        return open(dir, analyzer, similarity, null);
    }

    /** The ranking function of text searches (BM25 with the configured parameters). */
    public Similarity similarity() {
        return similarity;
    }

    /** Whether passages carry dense vectors, so that {@link #nearest} can be used. */
    @Override
    public boolean hasVectors() {
        return vectors != null;
    }

    /** The embedder of the passage vectors; queries must be embedded with the same one. */
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

    /** The {@code k} passages whose vectors are nearest (cosine) to {@code vector}, best first. */
    public List<Hit> nearest(float[] vector, int k) {
        return search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, k), k);
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the index folder " + dir.toAbsolutePath(), e);
        }
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
        try {
            SearcherManager manager = searchers;
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                // The writer was reopened after a failed write between reading the field and acquiring.
                manager = searchers;
                searcher = manager.acquire();
            }
            try {
                return function.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed", e);
        }
    }

    /** A read against an index searcher. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Top hits for a query, ties broken by passage id so that results are the same on every run. */
    public List<Hit> search(Query query, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(PassageDocuments.toPassage(stored.document(sd.doc, PassageDocuments.PASSAGE_FIELDS)), sd.score));
            }
            hits.sort(Comparator.comparing(Hit::score).reversed().thenComparing(h -> h.passage().id()));
            return hits;
        });
    }

    @Override
    public Optional<Passage> passage(String passageId) {
        List<Hit> hits = search(new TermQuery(new Term(IndexFields.PASSAGE_ID, passageId)), 1);
        return hits.stream().findFirst().map(Hit::passage);
    }

    /** All passages of a document, in reading order. */
    @Override
    public List<Passage> passagesOf(String documentId) {
        return search(new TermQuery(new Term(IndexFields.DOCUMENT_ID, documentId)), Integer.MAX_VALUE).stream()
                .map(Hit::passage)
                .sorted(Comparator.comparingInt(Passage::ordinal))
                .toList();
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
        return counts().documents();
    }

    @Override
    public Set<String> exclusions() {
        return withSearcher(searcher -> Set.copyOf(LuceneRecords.exclusionPaths(searcher)));
    }

    /** The counts of the current reader: counted when a commit made a new reader, then read as they are. */
    private Counts counts() {
        return withSearcher(searcher -> {
            long readerVersion = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            Counts current = counts;
            if (current == null || current.readerVersion() != readerVersion) {
                int documents = LuceneRecords.documentCount(searcher);
                int records = documents + LuceneRecords.exclusionCount(searcher) + LuceneRecords.summaryCount(searcher);
                current = new Counts(readerVersion, searcher.getIndexReader().numDocs() - records, documents);
                counts = current;
            }
            return current;
        });
    }

    /** Every passage with its stored extract, document by document in path order, each in reading order. */
    @Override
    public List<Extract> extracts() {
        record Row(String path, Extract extract) {
        }
        List<Row> rows = withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            List<Row> all = new ArrayList<>();
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                org.apache.lucene.document.Document doc = stored.document(d);
                if (doc.get(IndexFields.PASSAGE_ID) != null) {
                    all.add(new Row(doc.get(IndexFields.PATH), new Extract(PassageDocuments.toPassage(doc), doc.get(IndexFields.STATEMENTS))));
                }
            }
            return all;
        });
        return rows.stream()
                .sorted(Comparator.comparing(Row::path).thenComparingInt(r -> r.extract().passage().ordinal()))
                .map(Row::extract)
                .toList();
    }

    /** The passages these select, with their extracts: one search over the three id fields, then those passages only. */
    @Override
    public List<Extract> extracts(Collection<String> passageIds, Collection<String> documentIds, Collection<String> actors) {
        record Row(String path, Extract extract) {
        }
        org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
        Map.of(IndexFields.PASSAGE_ID, passageIds, IndexFields.DOCUMENT_ID, documentIds, IndexFields.ACTOR, actors)
                .forEach((field, values) -> {
                    if (!values.isEmpty()) {
                        any.add(new org.apache.lucene.search.TermInSetQuery(field,
                                values.stream().map(org.apache.lucene.util.BytesRef::new).toList()),
                                org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                    }
                });
        Query query = any.build();
        if (((org.apache.lucene.search.BooleanQuery) query).clauses().isEmpty()) {
            return List.of();
        }
        List<Row> rows = withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<Row> found = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                org.apache.lucene.document.Document doc = stored.document(sd.doc);
                if (doc.get(IndexFields.PASSAGE_ID) != null) {
                    found.add(new Row(doc.get(IndexFields.PATH), new Extract(PassageDocuments.toPassage(doc), doc.get(IndexFields.STATEMENTS))));
                }
            }
            return found;
        });
        return rows.stream()
                .sorted(Comparator.comparing(Row::path).thenComparingInt(r -> r.extract().passage().ordinal()))
                .map(Row::extract)
                .toList();
    }

    @Override
    public List<DocumentSummary> summaries(String key) {
        return withSearcher(searcher -> LuceneRecords.summaries(searcher, key));
    }

    @Override
    public Map<String, String> unsummarised(String key) {
        return withSearcher(searcher -> LuceneRecords.unsummarised(searcher, key));
    }

    /** Changes whenever a commit changes the index: a cheap key for caches of anything derived from it. */
    @Override
    public long version() {
        return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    @Override
    public int passageCount() {
        return counts().passages();
    }

    /** Document frequency of an analysed term in the text field, and the number of passages. */
    @Override
    public TermStats termStats(String term) {
        int passages = passageCount();
        return withSearcher(searcher -> new TermStats(searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT, term)), passages));
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

    /**
     * The passages embedded on the calling thread while another makes their extracts ({@link BatchAnnotations}); the
     * write (Lucene documents, the commit) when asked for.
     */
    @Override
    public Prepared prepare(IndexChanges changes) {
        if (writer == null) {
            throw new IllegalStateException("the index in " + dir.toAbsolutePath() + " was opened read-only and cannot be changed");
        }
        PassageAnnotator annotating = annotator;
        BatchAnnotations annotations = BatchAnnotations.start(annotating, changes);
        // Vectors first, while the old passages (and their reusable vectors) are still in the index; nothing is written yet.
        Map<String, EmbeddedPassage> vectorsByHash = vectors == null ? Map.of() : vectors.vectorsFor(
                changes.replacements().stream().flatMap(r -> r.document().passages().stream()).toList(),
                this::storedVectors);
        return () -> write(changes, vectorsByHash, annotating, annotations);
    }

    private synchronized void write(IndexChanges changes, Map<String, EmbeddedPassage> vectorsByHash, PassageAnnotator annotator,
                                    BatchAnnotations annotated) {
        try {
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
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            rollbackAndReopen(e);
            throw e instanceof IOException io ? new UncheckedIOException("index update failed and was rolled back", io)
                    : (RuntimeException) e;
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
            SearcherManager old = searchers;
            searchers = newSearchers(reopened);
            writer = reopened;
            old.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** A folder on this machine is there while the process runs: unavailable only if the writer could not be reopened. */
    @Override
    public Optional<String> unavailable() {
        return writer == null || writable() ? Optional.empty() : Optional.of("the Lucene index writer is closed and could not be reopened");
    }

    /** Whether the writer is open (it is reopened after a failed write; closed only by {@link #close()}). */
    public boolean writable() {
        return writer != null && writer.isOpen();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null && writer.isOpen()) {
            writer.close();
        }
        directory.close();
    }
}
