package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.DenseRetriever;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.ReciprocalRankFusion;
import dev.footnote.retrieval.SentenceMatcher;

/**
 * One question, one embedding: hybrid retrieval (passage and sentence vectors) and the extractive
 * answerer's sentence similarity all use the query's vector, counted with a stand-in embedder.
 */
class QuestionEmbeddedOnceTest {

    @TempDir
    Path tmp;

    @Test
    void aRequestEmbedsItsQuestionOnceAcrossRetrievalAndAnswering() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), """
                The river floods every spring after the snow melts in the mountains. Boats stay in the harbour.

                Farmers along the valley plant rice once the water recedes.
                """);
        Files.writeString(corpus.resolve("b.txt"), "Lighthouses guide ships past the rocky northern coast at night.\n");
        CountingEmbedder embedder = new CountingEmbedder("test-model");
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"), new FootnoteAnalyzer(), new BM25Similarity(),
                new PassageVectors(embedder, 8, true))) {
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(corpus);
            TermWeights weights = new TermWeights(index);
            HybridRetriever retriever = new HybridRetriever(new Bm25Retriever(index, weights),
                    HybridRetriever.vectorSide(new DenseRetriever(index), new SentenceMatcher(index)),
                    new ReciprocalRankFusion(60), new HybridRetriever.Settings(5, 5, 1, 1, 1, 3));
            SentenceScorer scorer = new SentenceScorer(weights, new SentenceEmbeddings(embedder, index), 0.5);
            AnswerService answers = new AnswerService(retriever,
                    new ExtractiveAnswerer(scorer, new ExtractiveAnswerer.Settings(2, 0.3, 0.5, 0.6)), 3);
            int afterIndexing = embedder.embedded();

            CitedAnswer answer = answers.answer(new Query("When does it flood?", "When does the river flood?"), null);

            assertThat(answer.grounded()).isTrue();
            assertThat(answer.citations().get(0).quote()).contains("river floods");
            // Passage and sentence vectors come from the index; the question is the one text embedded.
            assertThat(embedder.embedded() - afterIndexing).isEqualTo(1);
        }
    }

    @Test
    void threadsAskingForTheVectorTogetherShareOneEmbedding() throws Exception {
        CountingEmbedder embedder = new CountingEmbedder("test-model");
        Query query = new Query("Who guides ships?");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<float[]>> vectors = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<float[]> ask = () -> {
                    start.await();
                    return query.vector(embedder);
                };
                vectors.add(pool.submit(ask));
            }
            start.countDown();
            float[] first = vectors.get(0).get();
            for (Future<float[]> v : vectors) {
                assertThat(v.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(embedder.embedded()).isEqualTo(1);
        // Another model is another vector; the query text is what it embeds.
        CountingEmbedder other = new CountingEmbedder("other-model");
        assertThat(query.vector(other)).isEqualTo(other.embedAll(List.of("Who guides ships?")).get(0));
        assertThat(new Query("a", "b")).isEqualTo(new Query("a", "b")).isNotEqualTo(new Query("a"));
    }
}
