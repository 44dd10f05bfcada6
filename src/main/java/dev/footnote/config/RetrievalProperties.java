package dev.footnote.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passages are found. These settings decide ranking quality: re-run the evaluation harness
 * ({@code java -jar target/footnote.jar eval ...}, see the README) after changing any of them.
 *
 * @param embeddingModel      in-process embedding model: {@code all-minilm-l6-v2-q} (quantized MiniLM, the one shipped)
 * @param embeddingBatchSize  passages embedded per call while indexing
 * @param rrfK                reciprocal rank fusion constant k: larger flattens the difference between ranks
 * @param bm25Weight          weight of a BM25 rank in the fused score
 * @param denseWeight         weight of a dense (vector) rank in the fused score
 * @param bm25Candidates      passages taken from BM25 before fusion
 * @param denseCandidates     passages taken from the vector search before fusion
 * @param bm25K1              BM25 term-frequency saturation
 * @param bm25B               BM25 length normalisation (0 none, 1 full)
 * @param sourceBoost         weight of a match in a passage's source line (title or citation) relative to its text
 * @param sentenceVectors     whether every sentence is embedded and stored too (more indexing time, better matching)
 * @param sentenceVectorsInContext whether sentence vectors are pooled from their passage's own model run (in-process
 *                            model only): ~1.7x faster indexing, but SQuAD hybrid MRR@10 0.864 instead of 0.877 (docs/corpus.md)
 * @param sentenceWeight      weight of the best-sentence rank in the fused score; 0 leaves it out
 * @param sentenceCandidates  how many of the BM25 and of the dense candidates are ranked by their best sentence
 * @param denseSearchDepth    neighbours the approximate (HNSW) vector search collects at least, before the best are kept
 * @param embeddingThreads    texts embedded in parallel; 0 means one per available processor
 * @param embeddingSessionThreads threads ONNX Runtime uses inside one text's run (parallel texts use the cores better)
 */
@ConfigurationProperties(prefix = "footnote.retrieval", ignoreUnknownFields = false)
public record RetrievalProperties(
        @DefaultValue("all-minilm-l6-v2-q") String embeddingModel,
        @DefaultValue("32") int embeddingBatchSize,
        @DefaultValue("2") double rrfK,
        @DefaultValue("1.0") double bm25Weight,
        @DefaultValue("0.5") double denseWeight,
        @DefaultValue("50") int bm25Candidates,
        @DefaultValue("50") int denseCandidates,
        @DefaultValue("1.2") float bm25K1,
        @DefaultValue("0.75") float bm25B,
        @DefaultValue("0.3") float sourceBoost,
        @DefaultValue("true") boolean sentenceVectors,
        @DefaultValue("false") boolean sentenceVectorsInContext,
        @DefaultValue("0.8") double sentenceWeight,
        @DefaultValue("30") int sentenceCandidates,
        @DefaultValue("100") int denseSearchDepth,
        @DefaultValue("0") int embeddingThreads,
        @DefaultValue("1") int embeddingSessionThreads) {

    public RetrievalProperties {
        // A count below one fails every search (or every indexing call) at run time, and a negative weight turns a
        // ranking upside down without a word; both are refused at start, naming the key.
        atLeast("embedding-batch-size", embeddingBatchSize, 1);
        atLeast("bm25-candidates", bm25Candidates, 1);
        atLeast("dense-candidates", denseCandidates, 1);
        atLeast("dense-search-depth", denseSearchDepth, 1);
        atLeast("sentence-candidates", sentenceCandidates, 0);
        atLeast("embedding-threads", embeddingThreads, 0);
        atLeast("embedding-session-threads", embeddingSessionThreads, 1);
        notNegative("bm25-weight", bm25Weight);
        notNegative("dense-weight", denseWeight);
        notNegative("sentence-weight", sentenceWeight);
        notNegative("source-boost", sourceBoost);
        notNegative("bm25-k1", bm25K1);
        if (!(rrfK > 0)) {
            throw new IllegalArgumentException("footnote.retrieval.rrf-k must be above 0, was " + rrfK);
        }
        if (!(bm25B >= 0 && bm25B <= 1)) {
            throw new IllegalArgumentException("footnote.retrieval.bm25-b must be between 0 and 1, was " + bm25B);
        }
    }

    private static void atLeast(String key, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException("footnote.retrieval." + key + " must be at least " + least + ", was " + value);
        }
    }

    private static void notNegative(String key, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException("footnote.retrieval." + key + " must not be negative, was " + value);
        }
    }
}
