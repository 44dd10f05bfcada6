package dev.footnote.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;

import dev.footnote.corpus.Passage;

/**
 * The index seam: what retrieval, answers, the catalogue and the indexer need of an index of
 * passages, whichever engine holds it ({@code footnote.index.backend}): the on-disk Lucene
 * {@link PassageIndex} (default) or a SolrCloud collection ({@code index.solr}). Text analysis
 * (the {@link #analyzer()}) is the same on both, so analysed terms mean the same everywhere.
 */
public interface IndexBackend {

    /**
     * BM25 over already analysed terms: each term is matched in the passage text, and with the
     * weight {@code sourceBoost} in the source line (0 leaves the source out); best first, ties by passage id.
     */
    List<PassageIndex.Hit> bm25(List<String> terms, float sourceBoost, int limit);

    /** The {@code k} passages whose vectors are nearest (cosine) to {@code vector}, best first. */
    List<PassageIndex.Hit> nearest(float[] vector, int k);

    /** Whether passages carry dense vectors, so that {@link #nearest} can be used. */
    boolean hasVectors();

    /** The embedder of the passage vectors; queries must be embedded with the same one. */
    TextEmbedder embedder();

    /** The analysis of the text fields. */
    Analyzer analyzer();

    /** The stored sentence vectors of these passages, by passage id; a passage without them is absent. */
    Map<String, float[][]> sentenceVectors(Collection<String> passageIds);

    Optional<Passage> passage(String passageId);

    /** All passages of a document, in reading order. */
    List<Passage> passagesOf(String documentId);

    /** The files in the index, by path. */
    Map<String, IndexedFile> files();

    /** Changes whenever the indexed passages change: a cheap key for caches of anything derived from them. */
    long version();

    int passageCount();

    /** Document frequency of an analysed term in the text field, and the number of passages. */
    PassageIndex.TermStats termStats(String term);

    /** Applies a batch of changes; on failure what was searchable before stays searchable. */
    void apply(IndexChanges changes);
}
