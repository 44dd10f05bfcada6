package dev.footnote.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

import dev.footnote.corpus.Passage;
import dev.footnote.index.EmbeddedPassage;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.TextAnalysis;
import dev.footnote.index.PassageIndex;
import dev.footnote.outage.IndexUnavailableException;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.IndexFields;
import dev.footnote.index.IndexedFile;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.TextEmbedder;

/**
 * Footnote's passages in a SolrCloud collection: the same searches as the Lucene backend of the
 * {@link PassageIndex} seam (BM25 on analysed terms, HNSW cosine neighbours, sentence vectors of
 * candidates), over every shard, each file seen in its current version only; the file records are the
 * document records, and each passage stores its actor extract. Writes go through {@link SolrIndexWriter}.
 */
public final class SolrPassageIndex implements PassageIndex {

    /**
     * The sentence children of each passage: the nesting label and the children's fields belong in
     * the top-level field list, which filters the children's fields too.
     */
    private static final String CHILD_VECTORS = String.join(",", SolrFields.SENTENCES, SolrFields.SENTENCE_ORDINAL,
            SolrFields.SENTENCE_VECTOR, "[child limit=-1]");
    /** Hashes per look-up of reusable vectors: bounds the size of one request. */
    private static final int HASHES_PER_REQUEST = 256;

    private final SolrClient client;
    private final String collection;
    private final TextAnalysis analysis;
    /** Null when the collection holds no vectors (BM25 only). */
    private final PassageVectors vectors;
    private final SolrIndexWriter writer;
    private final long statsTtlNanos;
    /** Bumped by every write of this process, so cached statistics never outlive it. */
    private final AtomicLong writes = new AtomicLong();
    private volatile Stats stats;

    /**
     * Counts that every answer asks for many times (term weights need the passage count and each
     * term's document frequency): one Solr round trip each would dominate the answer's time.
     */
    private record Stats(long takenNanos, long writes, int passageCount, int documentCount, long version,
                         ConcurrentMap<String, Integer> docFreqs) {
    }

    /** What features extract from each document as it is written; set once at start-up, before the first sync. */
    private volatile PassageAnnotator annotator = PassageAnnotator.NONE;

    public SolrPassageIndex(SolrClient client, SolrSettings settings, FootnoteAnalyzer analyzer, PassageVectors vectors) {
        this.client = client;
        this.collection = settings.collection();
        this.analysis = new TextAnalysis(analyzer);
        this.vectors = vectors;
        this.writer = new SolrIndexWriter(client, collection, settings.batchSize(),
                SolrCollections.hasField(client, collection, IndexFields.FILE_MODIFIED),
                SolrCollections.hasField(client, collection, IndexFields.SUMMARY_TEXT));
        this.statsTtlNanos = settings.statsTtl().toNanos();
    }

    /** The model id that the collection records for its vectors (as the Lucene index records it). */
    public static String modelId(PassageVectors vectors) {
        return vectors == null ? IndexFields.NO_EMBEDDINGS : vectors.indexModelId();
    }

    @Override
    public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
        return terms.isEmpty() || limit <= 0 ? List.of() : hits(SolrQueries.bm25(terms, sourceBoost, limit));
    }

    @Override
    public List<Hit> nearest(float[] vector, int k) {
        return k <= 0 ? List.of() : hits(SolrQueries.knn(vector, k));
    }

    private List<Hit> hits(SolrQuery query) {
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument doc : query(query).getResults()) {
            hits.add(new Hit(SolrDocuments.toPassage(doc), ((Number) doc.getFieldValue("score")).floatValue()));
        }
        // Ties by passage id, as on the Lucene backend, so results are the same on every run.
        hits.sort(Comparator.comparing(Hit::score).reversed().thenComparing(h -> h.passage().id()));
        return hits;
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
    public TextAnalysis analysis() {
        return analysis;
    }

    @Override
    public Map<String, float[][]> sentenceVectors(Collection<String> passageIds) {
        if (passageIds.isEmpty()) {
            return Map.of();
        }
        SolrQuery q = SolrQueries.current("{!terms f=" + IndexFields.PASSAGE_ID + "}" + String.join(",", passageIds));
        q.setFields(IndexFields.PASSAGE_ID, CHILD_VECTORS);
        q.setRows(passageIds.size());
        Map<String, float[][]> found = new HashMap<>();
        for (SolrDocument doc : query(q).getResults()) {
            float[][] sentences = SolrDocuments.sentences(doc);
            if (sentences != null) {
                found.put((String) doc.getFirstValue(IndexFields.PASSAGE_ID), sentences);
            }
        }
        return found;
    }

    /** Vectors already stored for these embedding hashes, in any version: reused instead of embedding again. */
    Map<String, EmbeddedPassage> storedVectors(List<String> hashes) {
        Map<String, EmbeddedPassage> found = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += HASHES_PER_REQUEST) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + HASHES_PER_REQUEST));
            SolrQuery q = new SolrQuery("{!terms f=" + IndexFields.EMBEDDED_HASH + "}" + String.join(",", chunk));
            q.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.PASSAGE);
            q.setFields(IndexFields.EMBEDDED_HASH, IndexFields.VECTOR, CHILD_VECTORS);
            q.setRows(chunk.size() * 4);
            for (SolrDocument doc : query(q).getResults()) {
                Collection<Object> vector = doc.getFieldValues(IndexFields.VECTOR);
                if (vector == null) {
                    continue;
                }
                float[][] sentences = SolrDocuments.sentences(doc);
                if (vectors.sentenceVectors() && sentences == null) {
                    continue;
                }
                found.putIfAbsent((String) doc.getFirstValue(IndexFields.EMBEDDED_HASH),
                        new EmbeddedPassage(SolrDocuments.vector(vector), sentences == null ? new float[0][] : sentences));
            }
        }
        return found;
    }

    @Override
    public Optional<Passage> passage(String passageId) {
        SolrQuery q = SolrQueries.current(SolrQueries.term(IndexFields.PASSAGE_ID, passageId));
        q.setRows(1);
        return query(q).getResults().stream().findFirst().map(SolrDocuments::toPassage);
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        SolrQuery q = SolrQueries.current(SolrQueries.term(IndexFields.DOCUMENT_ID, documentId));
        q.setRows(0);
        long count = query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setSort(IndexFields.ORDINAL, SolrQuery.ORDER.asc);
        return query(q).getResults().stream().map(SolrDocuments::toPassage).toList();
    }

    @Override
    public Map<String, IndexedFile> files() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setRows(0);
        long count = query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setSort(IndexFields.PATH, SolrQuery.ORDER.asc);
        Map<String, IndexedFile> files = new LinkedHashMap<>();
        for (SolrDocument doc : query(q).getResults()) {
            IndexedFile file = SolrDocuments.toFile(doc);
            files.put(file.path(), file);
        }
        return files;
    }

    @Override
    public Optional<IndexedFile> file(String documentId) {
        SolrQuery q = new SolrQuery(SolrQueries.term(IndexFields.DOCUMENT_ID, documentId));
        q.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setRows(1);
        return query(q).getResults().stream().findFirst().map(SolrDocuments::toFile);
    }

    @Override
    public int documentCount() {
        return stats().documentCount();
    }

    @Override
    public Set<String> exclusions() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.EXCLUDED);
        q.setRows(0);
        long count = query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setFields(IndexFields.PATH);
        Set<String> paths = new HashSet<>();
        query(q).getResults().forEach(doc -> paths.add((String) doc.getFirstValue(IndexFields.PATH)));
        return Set.copyOf(paths);
    }

    /** Every current passage with its stored extract, in path order and reading order within a file. */
    @Override
    public List<Extract> extracts() {
        SolrQuery q = SolrQueries.current("*:*");
        q.setRows(0);
        long count = query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setFields(SolrQueries.PASSAGE_FIELDS, IndexFields.STATEMENTS);
        q.setSort(IndexFields.PATH, SolrQuery.ORDER.asc);
        q.addSort(IndexFields.ORDINAL, SolrQuery.ORDER.asc);
        return query(q).getResults().stream()
                .map(doc -> new Extract(SolrDocuments.toPassage(doc), (String) doc.getFirstValue(IndexFields.STATEMENTS)))
                .toList();
    }

    /** The passages these select, current versions only, with their extracts; one request of term clauses. */
    @Override
    public List<Extract> extracts(java.util.Collection<String> passageIds, java.util.Collection<String> documentIds,
                                  java.util.Collection<String> actors) {
        record Row(String path, Extract extract) {
        }
        Map<String, Row> found = new HashMap<>();
        // Term clauses with their values as parameters (never parsed, any character allowed), under the clause limit.
        List<String[]> clauses = new ArrayList<>();
        passageIds.forEach(v -> clauses.add(new String[] {IndexFields.PASSAGE_ID, v}));
        documentIds.forEach(v -> clauses.add(new String[] {IndexFields.DOCUMENT_ID, v}));
        actors.forEach(v -> clauses.add(new String[] {IndexFields.ACTOR, v}));
        for (int from = 0; from < clauses.size(); from += 512) {
            SolrQuery q = SolrQueries.current(null);
            StringBuilder bool = new StringBuilder("{!bool");
            for (int i = from; i < Math.min(clauses.size(), from + 512); i++) {
                q.set("v" + i, clauses.get(i)[1]);
                q.set("t" + i, "{!term f=" + clauses.get(i)[0] + " v=$v" + i + "}");
                bool.append(" should=$t").append(i);
            }
            q.setQuery(bool.append('}').toString());
            q.setRows(0);
            long count = query(q).getResults().getNumFound();
            q.setRows((int) count);
            q.setFields(SolrQueries.PASSAGE_FIELDS, IndexFields.PATH, IndexFields.STATEMENTS);
            query(q).getResults().forEach(doc -> {
                Passage passage = SolrDocuments.toPassage(doc);
                found.put(passage.id(), new Row((String) doc.getFirstValue(IndexFields.PATH),
                        new Extract(passage, (String) doc.getFirstValue(IndexFields.STATEMENTS))));
            });
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Row::path).thenComparingInt(r -> r.extract().passage().ordinal()))
                .map(Row::extract)
                .toList();
    }

    @Override
    public List<DocumentSummary> summaries(String key) {
        SolrQuery q = new SolrQuery(SolrQueries.term(IndexFields.SUMMARY_FULL, key));
        q.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.SUMMARY);
        q.setRows(0);
        long count = query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setFields(IndexFields.DOCUMENT_ID, IndexFields.PATH, IndexFields.SUMMARY_TEXT);
        q.setSort(IndexFields.PATH, SolrQuery.ORDER.asc);
        return query(q).getResults().stream().map(doc -> new DocumentSummary((String) doc.getFirstValue(IndexFields.DOCUMENT_ID),
                (String) doc.getFirstValue(IndexFields.PATH), (String) doc.getFirstValue(IndexFields.SUMMARY_TEXT))).toList();
    }

    @Override
    public Map<String, String> unsummarised(String key) {
        SolrQuery current = new SolrQuery(SolrQueries.term(IndexFields.SUMMARY_KEY, key));
        current.addFilterQuery(SolrFields.DOC_TYPE + ":" + SolrFields.SUMMARY);
        current.setRows(0);
        long summarised = query(current).getResults().getNumFound();
        if (summarised >= countDocuments()) {
            return Map.of();
        }
        Map<String, String> ids = new HashMap<>();
        files().values().forEach(f -> ids.put(f.documentId(), f.path()));
        current.setRows((int) summarised);
        current.setFields(IndexFields.DOCUMENT_ID);
        query(current).getResults().forEach(doc -> ids.remove((String) doc.getFirstValue(IndexFields.DOCUMENT_ID)));
        return ids;
    }

    @Override
    public void annotateWith(PassageAnnotator annotator) {
        this.annotator = java.util.Objects.requireNonNull(annotator, "annotator");
    }

    /** Unreachable while ZooKeeper or every replica of a shard is: asked of the cluster on each call, never cached. */
    @Override
    public Optional<String> unavailable() {
        try {
            SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
            q.setRows(0);
            query(q);
            return Optional.empty();
        } catch (IndexUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public long version() {
        return stats().version();
    }

    @Override
    public int passageCount() {
        return stats().passageCount();
    }

    @Override
    public TermStats termStats(String term) {
        Stats current = stats();
        int docFreq = current.docFreqs().computeIfAbsent(term, t -> {
            SolrQuery q = SolrQueries.current(SolrQueries.term(IndexFields.TEXT, t));
            q.setRows(0);
            return (int) query(q).getResults().getNumFound();
        });
        return new TermStats(docFreq, current.passageCount());
    }

    private Stats stats() {
        Stats current = stats;
        long now = System.nanoTime();
        if (current == null || current.writes() != writes.get() || now - current.takenNanos() > statsTtlNanos) {
            long writesNow = writes.get();
            current = new Stats(now, writesNow, countPassages(), countDocuments(), readVersion(), new ConcurrentHashMap<>());
            stats = current;
        }
        return current;
    }

    private long readVersion() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setFields("_version_");
        q.setSort("_version_", SolrQuery.ORDER.desc);
        q.setRows(1);
        QueryResponse response = query(q);
        long newest = response.getResults().isEmpty() ? 0 : ((Number) response.getResults().get(0).getFieldValue("_version_")).longValue();
        // A deletion lowers the count without a newer record; together they change on every write.
        return newest * 31 + response.getResults().getNumFound();
    }

    private int countDocuments() {
        SolrQuery q = new SolrQuery(SolrFields.DOC_TYPE + ":" + SolrFields.FILE);
        q.setRows(0);
        return (int) query(q).getResults().getNumFound();
    }

    private int countPassages() {
        SolrQuery q = SolrQueries.current("*:*");
        q.setRows(0);
        return (int) query(q).getResults().getNumFound();
    }

    @Override
    public void apply(IndexChanges changes) {
        prepare(changes).write();
    }

    @Override
    public Prepared prepare(IndexChanges changes) {
        // Vectors first, before anything is written: a failing embedding server leaves the collection as it was.
        // Outside the write lock, so that a short write (an exclusion) waits for a batch's commits, not its embedding.
        Map<String, EmbeddedPassage> vectorsByHash = vectors == null ? Map.of() : vectors.vectorsFor(
                changes.replacements().stream().flatMap(r -> r.document().passages().stream()).toList(), this::storedVectors);
        return () -> write(changes, vectorsByHash);
    }

    private synchronized void write(IndexChanges changes, Map<String, EmbeddedPassage> vectorsByHash) {
        try {
            writer.write(changes, vectors == null ? null : vectorsByHash, annotator);
        } finally {
            writes.incrementAndGet();
        }
    }

    private QueryResponse query(SolrQuery query) {
        try {
            // POST: a kNN vector or a list of hashes makes a long query, past what fits in a URL (an HTTP/2 header).
            return client.query(collection, query, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException e) {
            // Unreachable cluster or a shard without a live replica: an outage, reported as 503 and retried by the indexer.
            throw new IndexUnavailableException("the Solr collection '" + collection + "' cannot be reached: " + e.getMessage(), e);
        } catch (SolrException e) {
            // Every node down: the cloud client says so with a runtime exception ("Could not find a healthy node…"), not a checked one.
            if (SolrOutages.isOutage(e)) {
                throw new IndexUnavailableException("the Solr collection '" + collection + "' cannot be reached: " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
