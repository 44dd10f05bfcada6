package dev.footnote.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.search.similarities.Similarity;

import dev.footnote.corpus.Passage;
import dev.footnote.index.lucene.LucenePassageIndex;

/**
 * The index seam: everything retrieval, answers, positions, the documents list and the indexer need
 * of an index of passages, whichever engine holds it ({@code footnote.index.backend}): the on-disk
 * Lucene index ({@code index.lucene}, the default) or a SolrCloud collection ({@code index.solr}).
 * Its signatures hold Footnote's own types only, so a third backend implements this and nothing else.
 * Both backends store the same five things: passages (with their vectors), one record per document
 * (path, hash, passage count, stamp: {@link #files()}), one record per file excluded from the corpus
 * ({@link #exclusions()}), the actor extracts of each passage ({@link #extracts()}) and, beside each document record,
 * the annotator's summary of the document ({@link #summaries}: who speaks in it), so that positions reads one small
 * record per speaking document and the extracts of the passages a request selects, never every passage.
 * What health, {@code GET /api/index} and the documents list call ({@link #documentCount()}, {@link #passageCount()},
 * {@link #file(String)}, {@link #exclusions()}, {@link #unavailable()}) reads kept counts and single records, never every
 * passage or every record: their cost does not grow with the corpus.
 */
public interface PassageIndex extends AutoCloseable {

    /**
     * Opens (or creates) a BM25-only Lucene index in {@code dir}: the default backend without vectors,
     * for tests and tools. The application wires its backend in {@code config}.
     */
    static LucenePassageIndex open(Path dir, FootnoteAnalyzer analyzer) {
        return LucenePassageIndex.open(dir, analyzer);
    }

    /**
     * Opens (or creates) the default Lucene backend with this ranking and these vectors, for tests and tools
     * ({@link LucenePassageIndex#open(Path, FootnoteAnalyzer, Similarity, PassageVectors)}). Like the factory
     * above it is no part of what a backend implements, so the seam rule leaves the static factories out.
     */
    static LucenePassageIndex open(Path dir, FootnoteAnalyzer analyzer, Similarity similarity, PassageVectors vectors) {
        return LucenePassageIndex.open(dir, analyzer, similarity, vectors);
    }

    /**
     * BM25 over already analysed terms: each term is matched in the passage text, and with the
     * weight {@code sourceBoost} in the source line and the section heading (0 leaves them out); best first, ties by passage id.
     */
    List<Hit> bm25(List<String> terms, float sourceBoost, int limit);

    /** The {@code k} passages whose vectors are nearest (cosine) to {@code vector}, best first. */
    List<Hit> nearest(float[] vector, int k);

    /** Whether passages carry dense vectors, so that {@link #nearest} can be used. */
    boolean hasVectors();

    /** The embedder of the passage vectors; queries must be embedded with the same one. */
    TextEmbedder embedder();

    /** The analysis of the text fields, the same on every backend, so analysed terms mean the same everywhere. */
    TextAnalysis analysis();

    /** The stored sentence vectors of these passages, by passage id; a passage without them is absent. */
    Map<String, float[][]> sentenceVectors(Collection<String> passageIds);

    Optional<Passage> passage(String passageId);

    /** All passages of a document, in reading order. */
    List<Passage> passagesOf(String documentId);

    /**
     * The document records (one per indexed file, written with its passages), by path: never a scan of passages,
     * but every record; for the start-up sync and tools, not for a request's path (see {@link #file}, {@link #documentCount}).
     */
    Map<String, IndexedFile> files();

    /** The document record of one file; empty when the index holds none for this id. */
    Optional<IndexedFile> file(String documentId);

    /** How many document records there are: a kept count, not a count made on each call. */
    int documentCount();

    /**
     * The corpus-relative paths of the files excluded from the corpus: one exclusion record each, written by
     * {@link #apply} ({@link IndexChanges#excluded()}) and kept by the index like its other records, so an exclusion
     * survives a restart and belongs to the index it was made in. Few, and read whole.
     */
    Set<String> exclusions();

    /** Every passage with the extract stored with it ({@link PassageAnnotator}), document by document in path order, each in reading order. */
    List<Extract> extracts();

    /**
     * The passages, with their stored extracts, that any of these select: by passage id, by document id, or by a name
     * indexed in {@link IndexFields#ACTOR}; document by document in path order, each in reading order. It reads what
     * it selects, never every passage.
     */
    List<Extract> extracts(Collection<String> passageIds, Collection<String> documentIds, Collection<String> actors);

    /**
     * The document summaries ({@link PassageAnnotator#summarise}) made under this key that have anything in them, in
     * path order: one small record per such document, never a passage.
     */
    List<DocumentSummary> summaries(String key);

    /**
     * The documents that have no summary made under this key (indexed before the annotator was set, or under another
     * key), id to path; none, at the cost of two counts, when every document has one.
     */
    Map<String, String> unsummarised(String key);

    /** Extract with this annotator from now on (documents already indexed keep what they have). */
    void annotateWith(PassageAnnotator annotator);

    /** Changes whenever the indexed passages change: a cheap key for caches of anything derived from them. */
    long version();

    /** How many passages there are: a kept count, not a count made on each call. */
    int passageCount();

    /** Document frequency of an analysed term in the text field, and the number of passages. */
    TermStats termStats(String term);

    /** Applies a batch of changes; on failure what was searchable before stays searchable. */
    void apply(IndexChanges changes);

    /**
     * The slow part of {@link #apply} done ahead, nothing written yet: the passages embedded (while the old ones, and
     * their reusable vectors, are still in the index). {@code prepare(c).write()} is {@code apply(c)}; the indexer
     * embeds the next batch while another thread writes this one. A backend that has nothing to do ahead keeps the
     * default, which does everything on writing.
     */
    default Prepared prepare(IndexChanges changes) {
        return () -> apply(changes);
    }

    /** Changes ready to write ({@link #prepare}): written once, in one commit; on failure what was searchable stays so. */
    @FunctionalInterface
    interface Prepared {
        void write();
    }

    /** Why the index cannot be read or written now (a cluster without live replicas…); empty while it can. */
    Optional<String> unavailable();

    @Override
    default void close() throws IOException {
    }

    /** A passage and its score for one query. */
    record Hit(Passage passage, float score) {
    }

    /** How many passages hold a term, of how many. */
    record TermStats(int docFreq, int docCount) {
    }

    /**
     * A passage and what a feature extracted from it when it was indexed.
     *
     * @param statements the stored extract ({@link PassageAnnotator.Annotation#statements()}); null when none was stored
     */
    record Extract(Passage passage, String statements) {
    }

    /** A document's summary ({@link PassageAnnotator.Summary#text()}), with the document's id and path. */
    record DocumentSummary(String documentId, String path, String text) {
    }
}
