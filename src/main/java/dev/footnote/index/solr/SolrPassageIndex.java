package dev.footnote.index.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

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
 * document records, and each passage stores its actor extract. Writes go through {@link SolrIndexWriter};
 * requests through {@link SolrReader}; records, extracts and summaries, and the kept counts are read by
 * {@link SolrRecords}, {@link SolrExtracts} and {@link SolrStats}.
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

    private final SolrReader reader;
    private final TextAnalysis analysis;
    /** Null when the collection holds no vectors (BM25 only). */
    private final PassageVectors vectors;
    private final SolrIndexWriter writer;
    private final SolrRecords records;
    private final SolrExtracts extracts;
    private final SolrStats stats;

    /** What features extract from each document as it is written; set once at start-up, before the first sync. */
    private volatile PassageAnnotator annotator = PassageAnnotator.NONE;

    public SolrPassageIndex(SolrClient client, SolrSettings settings, FootnoteAnalyzer analyzer, PassageVectors vectors) {
        String collection = settings.collection();
        this.reader = new SolrReader(client, collection);
        this.analysis = new TextAnalysis(analyzer);
        this.vectors = vectors;
        this.writer = new SolrIndexWriter(client, collection, settings.batchSize(),
                SolrCollections.hasField(client, collection, IndexFields.FILE_MODIFIED),
                SolrCollections.hasField(client, collection, IndexFields.SUMMARY_TEXT));
        this.records = new SolrRecords(reader);
        this.extracts = new SolrExtracts(reader, records);
        this.stats = new SolrStats(reader, records, settings.statsTtl().toNanos());
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
        for (SolrDocument doc : reader.query(query).getResults()) {
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
        for (SolrDocument doc : reader.query(q).getResults()) {
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
            for (SolrDocument doc : reader.query(q).getResults()) {
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
        return reader.query(q).getResults().stream().findFirst().map(SolrDocuments::toPassage);
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        SolrQuery q = SolrQueries.current(SolrQueries.term(IndexFields.DOCUMENT_ID, documentId));
        q.setRows(0);
        long count = reader.query(q).getResults().getNumFound();
        q.setRows((int) count);
        q.setSort(IndexFields.ORDINAL, SolrQuery.ORDER.asc);
        return reader.query(q).getResults().stream().map(SolrDocuments::toPassage).toList();
    }

    @Override
    public Map<String, IndexedFile> files() {
        return records.files();
    }

    @Override
    public Optional<IndexedFile> file(String documentId) {
        return records.file(documentId);
    }

    @Override
    public int documentCount() {
        return stats.documentCount();
    }

    @Override
    public Set<String> exclusions() {
        return records.exclusions();
    }

    /** Every current passage with its stored extract, in path order and reading order within a file. */
    @Override
    public List<Extract> extracts() {
        return extracts.all();
    }

    /** The passages these select, current versions only, with their extracts; one request of term clauses. */
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
            reader.query(q);
            return Optional.empty();
        } catch (IndexUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public long version() {
        return stats.version();
    }

    @Override
    public int passageCount() {
        return stats.passageCount();
    }

    @Override
    public TermStats termStats(String term) {
        return stats.termStats(term);
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
            stats.written();
        }
    }
}
