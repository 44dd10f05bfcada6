package dev.footnote.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;
import dev.footnote.index.CountingEmbedder;
import dev.footnote.outage.EmbeddingUnavailableException;

/** Hybrid retrieval with hand-written BM25 and vector sides: no index, no model. */
class HybridRetrieverTest {

    private static List<RetrievedPassage> ranking(String... ids) {
        return Arrays.stream(ids).map(id -> new RetrievedPassage(new Passage(id, "doc", 0, "text of " + id, null), 1.0)).toList();
    }

    private static List<String> ids(List<RetrievedPassage> passages) {
        return passages.stream().map(r -> r.passage().id()).toList();
    }

    /** A BM25 side that records the limits it is asked for and returns at most that many of its ranking. */
    private static final class Lexical implements Retriever {
        final List<RetrievedPassage> ranking;
        final List<Integer> limits = new ArrayList<>();
        final List<Query> queries = new ArrayList<>();

        Lexical(String... ids) {
            this.ranking = ranking(ids);
        }

        @Override
        public List<RetrievedPassage> retrieve(Query query, int limit) {
            queries.add(query);
            limits.add(limit);
            return ranking.subList(0, Math.min(limit, ranking.size()));
        }
    }

    /** A vector side that embeds through the query with a counting embedder and records what it was given. */
    private static class Vectors implements HybridRetriever.VectorSide {
        final CountingEmbedder embedder = new CountingEmbedder("test-model");
        final List<RetrievedPassage> nearest;
        final List<RetrievedPassage> bySentence;
        final List<float[]> vectorsSeen = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();
        List<String> offered = List.of();

        Vectors(List<RetrievedPassage> nearest, List<RetrievedPassage> bySentence) {
            this.nearest = nearest;
            this.bySentence = bySentence;
        }

        @Override
        public float[] embed(Query query) {
            return query.vector(embedder);
        }

        @Override
        public List<RetrievedPassage> nearest(float[] queryVector, int limit) {
            vectorsSeen.add(queryVector);
            limits.add(limit);
            return nearest.subList(0, Math.min(limit, nearest.size()));
        }

        @Override
        public List<RetrievedPassage> bySentence(float[] queryVector, List<RetrievedPassage> candidates) {
            vectorsSeen.add(queryVector);
            offered = ids(candidates);
            return bySentence;
        }
    }

    @Test
    void fusesBothSidesByWeightedReciprocalRank() {
        Lexical bm25 = new Lexical("a", "b", "c");
        Vectors vectors = new Vectors(ranking("c", "d", "a"), List.of());
        // k = 60, BM25 weight 2: a = 2/61 + 1/63, c = 2/63 + 1/61, b = 2/62, d = 1/62.
        HybridRetriever hybrid = new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60),
                new HybridRetriever.Settings(3, 3, 2.0, 1.0));

        assertThat(ids(hybrid.retrieve(new Query("q"), 10))).containsExactly("a", "c", "b", "d");
    }

    @Test
    void eachSideIsAskedForItsCandidatesButNeverFewerThanThePage() {
        Lexical bm25 = new Lexical("a", "b", "c", "d", "e", "f");
        Vectors vectors = new Vectors(ranking("f", "e", "d", "c", "b", "a"), List.of());
        HybridRetriever hybrid = new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60),
                new HybridRetriever.Settings(2, 4, 1.0, 1.0));

        assertThat(hybrid.retrieve(new Query("q"), 3)).hasSize(3);
        assertThat(hybrid.retrieve(new Query("q"), 5)).hasSize(5);

        assertThat(bm25.limits).containsExactly(3, 5);
        assertThat(vectors.limits).containsExactly(4, 5);
    }

    @Test
    void equalFusedScoresAreOrderedByPassageId() {
        // z leads BM25, m leads the vectors, equal weights: the same fused score, so the id decides.
        HybridRetriever hybrid = new HybridRetriever(new Lexical("z"), new Vectors(ranking("m"), List.of()),
                new ReciprocalRankFusion(60), new HybridRetriever.Settings(1, 1, 1.0, 1.0));

        assertThat(ids(hybrid.retrieve(new Query("q"), 2))).containsExactly("m", "z");
    }

    @Test
    void hybridRetrieverAsksEachSideForItsCandidatesAndFuses() {
        Retriever bm25 = new Lexical("a", "b", "c", "d");
        HybridRetriever hybrid = new HybridRetriever(bm25, new Vectors(ranking("d", "c", "e"), List.of()),
                new ReciprocalRankFusion(60), new HybridRetriever.Settings(4, 3, 1.0, 1.0));

        // c: 1/63 + 1/62, d: 1/64 + 1/61, a: 1/61, b: 1/62, e: 1/63
        assertThat(ids(hybrid.retrieve("anything", 3))).containsExactly("d", "c", "a");
        assertThat(ids(hybrid.retrieve("anything", 10))).containsExactly("d", "c", "a", "b", "e");
    }

    @Test
    void theBestSentenceRankingJoinsTheFusionWhenWeighted() {
        Retriever bm25 = new Lexical("a", "b", "c");
        Vectors vectors = new Vectors(ranking("b", "c", "a"), ranking("c", "a", "b"));
        HybridRetriever hybrid = new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60),
                new HybridRetriever.Settings(3, 3, 1.0, 1.0, 0.5, 2));

        // Sentence weight 0.5: b = 1/62 + 1/61 + 0.5/63 > a = 1/61 + 1/63 + 0.5/62 > c = 1/63 + 1/62 + 0.5/61.
        assertThat(ids(hybrid.retrieve("q", 3))).containsExactly("b", "a", "c");
        // Sentence weight 2: c (best sentence) now leads, then a (2nd), then b (3rd).
        HybridRetriever heavier = new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60),
                new HybridRetriever.Settings(3, 3, 1.0, 1.0, 2.0, 2));
        assertThat(ids(heavier.retrieve("q", 3))).containsExactly("c", "a", "b");
        // Only the top 2 of each side were offered to the sentence ranking: a, b (BM25) and c (dense; b repeats).
        assertThat(vectors.offered).containsExactly("a", "b", "c");
    }

    @Test
    void theQueryIsEmbeddedOnceForPassagesSentencesAndWhateverAsksAfter() {
        Lexical bm25 = new Lexical("a", "b");
        Vectors vectors = new Vectors(ranking("b", "c"), ranking("c", "a", "b"));
        HybridRetriever hybrid = new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60),
                new HybridRetriever.Settings(2, 2, 1.0, 1.0, 1.0, 2));
        Query query = new Query("the user's words", "the standalone question");

        hybrid.retrieve(query, 3);

        assertThat(vectors.embedder.embedded()).isEqualTo(1);
        assertThat(vectors.vectorsSeen).hasSize(2).allSatisfy(v -> assertThat(v).isSameAs(vectors.vectorsSeen.get(0)));
        assertThat(vectors.offered).containsExactly("a", "b", "c");
        // BM25 gets the same query; an answerer asking for the vector afterwards gets the one already computed.
        assertThat(bm25.queries).containsExactly(query);
        assertThat(query.vector(vectors.embedder)).isSameAs(vectors.vectorsSeen.get(0));
        assertThat(vectors.embedder.embedded()).isEqualTo(1);
    }

    @Test
    void aBlankQueryOrAnEmptyPageAsksNeitherSide() {
        Lexical bm25 = new Lexical("a");
        Vectors vectors = new Vectors(ranking("a"), List.of());
        HybridRetriever hybrid = new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60),
                new HybridRetriever.Settings(1, 1, 1.0, 1.0));

        assertThat(hybrid.retrieve(new Query("  "), 3)).isEmpty();
        assertThat(hybrid.retrieve(new Query("q"), 0)).isEmpty();
        assertThat(bm25.limits).isEmpty();
        assertThat(vectors.embedder.embedded()).isZero();
    }

    @Test
    void theVectorSideRunsBesideBm25OnItsOwnExecutor() throws Exception {
        CountDownLatch vectorsStarted = new CountDownLatch(1);
        List<String> bm25SawVectorsRunning = new CopyOnWriteArrayList<>();
        Retriever bm25 = (query, limit) -> {
            // Waits for the vector side: run one after the other, it would not have started yet.
            try {
                bm25SawVectorsRunning.add(String.valueOf(vectorsStarted.await(5, TimeUnit.SECONDS)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ranking("a", "b");
        };
        Vectors vectors = new Vectors(ranking("b", "c"), List.of()) {
            @Override
            public float[] embed(Query query) {
                vectorsStarted.countDown();
                return super.embed(query);
            }
        };
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            HybridRetriever hybrid = new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60),
                    new HybridRetriever.Settings(2, 2, 1.0, 1.0), executor);

            assertThat(ids(hybrid.retrieve(new Query("q"), 3))).containsExactly("b", "a", "c");
            assertThat(bm25SawVectorsRunning).containsExactly("true");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void onItsOwnExecutorAnEmbeddingOutageStillLeavesBm25AndAWarning() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Vectors down = new Vectors(ranking("c"), List.of()) {
                @Override
                public float[] embed(Query query) {
                    throw new EmbeddingUnavailableException("the embedding server cannot be reached", null);
                }
            };
            HybridRetriever hybrid = new HybridRetriever(new Lexical("a", "b"), down, new ReciprocalRankFusion(60),
                    new HybridRetriever.Settings(2, 2, 1.0, 1.0), executor);
            Query query = new Query("q");

            assertThat(ids(hybrid.retrieve(query, 3))).containsExactly("a", "b");
            assertThat(query.warnings()).containsExactly(Query.withoutEmbeddings("the embedding server cannot be reached"));

            Vectors broken = new Vectors(ranking("c"), List.of()) {
                @Override
                public List<RetrievedPassage> nearest(float[] queryVector, int limit) {
                    throw new IllegalStateException("index closed");
                }
            };
            HybridRetriever failing = new HybridRetriever(new Lexical("a"), broken, new ReciprocalRankFusion(60),
                    new HybridRetriever.Settings(2, 2, 1.0, 1.0), executor);
            assertThatThrownBy(() -> failing.retrieve(new Query("q"), 3))
                    .isInstanceOf(IllegalStateException.class).hasMessage("index closed");
        } finally {
            executor.shutdownNow();
        }
    }
}
