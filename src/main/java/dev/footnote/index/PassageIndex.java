package dev.footnote.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
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

import dev.footnote.corpus.Passage;

/**
 * The on-disk Lucene index of passages: one writer, near-real-time searchers, atomic commits.
 * A crash between commits leaves the previous commit searchable, never a half-written one.
 */
public final class PassageIndex implements IndexBackend, AutoCloseable {

    private final Directory directory;
    /** Replaced after a failed write: Lucene's rollback closes the writer, and indexing must go on without a restart. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** CREATE until the first commit of a rebuilt index, so that a rolled-back rebuild does not resurrect the old schema. */
    private volatile IndexWriterConfig.OpenMode openMode;
    private final Analyzer analyzer;
    private final Path dir;
    private final Similarity similarity;
    /** Null when the index holds no vectors (BM25 only). */
    private final PassageVectors vectors;
    /** What features extract from each document as it is written; set once at start-up, before the first sync. */
    private volatile PassageAnnotator annotator = PassageAnnotator.NONE;

    private PassageIndex(Path dir, Directory directory, IndexWriterConfig.OpenMode openMode, Analyzer analyzer,
                         Similarity similarity, PassageVectors vectors) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.vectors = vectors;
        this.similarity = similarity;
        this.openMode = openMode;
        this.writer = newWriter();
        this.searchers = newSearchers(writer);
    }

    private IndexWriter newWriter() throws IOException {
        // A config belongs to one writer: a reopened writer gets a new one.
        return new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity).setOpenMode(openMode));
    }

    private SearcherManager newSearchers(IndexWriter writer) throws IOException {
        return new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        });
    }

    /** Opens (or creates) a BM25-only index in {@code dir} with Lucene's default BM25 parameters. */
    public static PassageIndex open(Path dir, Analyzer analyzer) {
        return open(dir, analyzer, new BM25Similarity(), null);
    }

    /**
     * Opens (or creates) the index in {@code dir}; an index of an older schema, or whose vectors came
     * from another embedding model, is rebuilt from scratch.
     *
     * @param vectors embeds passages on writing; {@code null} for an index without dense vectors
     */
    public static PassageIndex open(Path dir, Analyzer analyzer, Similarity similarity, PassageVectors vectors) {
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            String model = vectors == null ? IndexFields.NO_EMBEDDINGS : vectors.indexModelId();
            IndexWriterConfig.OpenMode mode = schemaMatches(directory, model) ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                    : IndexWriterConfig.OpenMode.CREATE;
            return new PassageIndex(dir, directory, mode, analyzer, similarity, vectors);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the index folder " + dir.toAbsolutePath()
                    + " is locked by another Footnote process; stop it or choose another footnote.index.dir", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index folder " + dir.toAbsolutePath(), e);
        }
    }

    private static boolean schemaMatches(Directory directory, String model) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
        return IndexFields.SCHEMA_VERSION.equals(userData.get(IndexFields.SCHEMA_KEY))
                && model.equals(userData.get(IndexFields.EMBEDDING_MODEL_KEY));
    }

    /** The ranking function of text searches (BM25 with the configured parameters). */
    public Similarity similarity() {
        return similarity;
    }

    /** Whether passages carry dense vectors, so that {@link #nearest} can be used. */
    public boolean hasVectors() {
        return vectors != null;
    }

    /** The embedder of the passage vectors; queries must be embedded with the same one. */
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
     * {@link dev.footnote.corpus.Sentences#split}); a passage without them is absent.
     */
    public Map<String, float[][]> sentenceVectors(Collection<String> passageIds) {
        return passageIds.isEmpty() ? Map.of() : withSearcher(searcher -> StoredVectors.sentencesByPassageId(searcher, passageIds));
    }

    public Analyzer analyzer() {
        return analyzer;
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

    /** A passage and its score for one query. */
    public record Hit(Passage passage, float score) {
    }

    /** Top hits for a query, ties broken by passage id so that results are the same on every run. */
    public List<Hit> search(Query query, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(PassageDocuments.toPassage(stored.document(sd.doc)), sd.score));
            }
            hits.sort(Comparator.comparing(Hit::score).reversed().thenComparing(h -> h.passage().id()));
            return hits;
        });
    }

    public Optional<Passage> passage(String passageId) {
        List<Hit> hits = search(new TermQuery(new Term(IndexFields.PASSAGE_ID, passageId)), 1);
        return hits.stream().findFirst().map(Hit::passage);
    }

    /** All passages of a document, in reading order. */
    public List<Passage> passagesOf(String documentId) {
        return search(new TermQuery(new Term(IndexFields.DOCUMENT_ID, documentId)), Integer.MAX_VALUE).stream()
                .map(Hit::passage)
                .sorted(Comparator.comparingInt(Passage::ordinal))
                .toList();
    }

    /** The files in the index, by path. */
    public Map<String, IndexedFile> files() {
        return withSearcher(searcher -> {
            Map<String, IndexedFile> files = new LinkedHashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs())).scoreDocs) {
                var doc = stored.document(sd.doc);
                files.merge(doc.get(IndexFields.PATH),
                        new IndexedFile(doc.get(IndexFields.DOCUMENT_ID), doc.get(IndexFields.PATH), doc.get(IndexFields.CONTENT_HASH), 1,
                                doc.get(IndexFields.TITLE), doc.get(IndexFields.TYPE), pages(doc)),
                        (a, b) -> new IndexedFile(a.documentId(), a.path(), a.contentHash(), a.passages() + 1, a.title(), a.type(), a.pages()));
            }
            return files.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
        });
    }

    private static int pages(org.apache.lucene.document.Document doc) {
        var field = doc.getField(IndexFields.PAGES);
        return field == null ? 0 : field.numericValue().intValue();
    }

    /** Changes whenever a commit changes the index: a cheap key for caches of anything derived from it. */
    public long version() {
        return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    public int passageCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Document frequency of an analysed term in the text field, and the number of passages. */
    public TermStats termStats(String term) {
        return withSearcher(searcher -> new TermStats(
                searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT, term)),
                searcher.getIndexReader().numDocs()));
    }

    public record TermStats(int docFreq, int docCount) {
    }

    /** Extract with this annotator from now on (documents already indexed keep what they have). */
    public void annotateWith(PassageAnnotator annotator) {
        this.annotator = java.util.Objects.requireNonNull(annotator, "annotator");
    }

    /**
     * Applies a batch of changes and commits them as one atomic commit, then makes them visible.
     * If anything fails, the uncommitted changes are rolled back and the last commit stays in force.
     */
    public synchronized void apply(IndexChanges changes) {
        try {
            // Vectors first, while the old passages (and their reusable vectors) are still in the index.
            Map<String, EmbeddedPassage> vectorsByHash = vectors == null ? Map.of() : vectors.vectorsFor(
                    changes.replacements().stream().flatMap(r -> r.document().passages().stream()).toList(),
                    this::storedVectors);
            for (String documentId : changes.deletions()) {
                writer.deleteDocuments(new Term(IndexFields.DOCUMENT_ID, documentId));
            }
            for (IndexChanges.Replacement replacement : changes.replacements()) {
                Map<String, PassageAnnotator.Annotation> annotations = annotator.annotate(replacement.document());
                List<org.apache.lucene.document.Document> docs = replacement.document().passages().stream()
                        .map(p -> PassageDocuments.toLucene(replacement.document(), p,
                                vectors == null ? null : vectorsByHash.get(PassageVectors.embeddingHash(p)),
                                annotations.get(p.id())))
                        .toList();
                // updateDocuments deletes the old passages and adds the new ones under one term,
                // so a re-indexed file replaces its passages instead of duplicating them.
                writer.updateDocuments(new Term(IndexFields.DOCUMENT_ID, replacement.document().id()), docs);
            }
            writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA_VERSION,
                    IndexFields.EMBEDDING_MODEL_KEY, vectors == null ? IndexFields.NO_EMBEDDINGS : vectors.indexModelId()).entrySet());
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

    /** Whether the writer is open (it is reopened after a failed write; closed only by {@link #close()}). */
    public boolean writable() {
        return writer.isOpen();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer.isOpen()) {
            writer.close();
        }
        directory.close();
    }
}
