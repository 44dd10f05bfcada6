package dev.footnote.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;

class ReciprocalRankFusionTest {

    private static List<RetrievedPassage> ranking(String... ids) {
        return Arrays.stream(ids).map(id -> new RetrievedPassage(new Passage(id, "doc", 0, "text of " + id, null), 1.0)).toList();
    }

    private static List<String> ids(List<RetrievedPassage> passages) {
        return passages.stream().map(r -> r.passage().id()).toList();
    }

    @Test
    void fusesByReciprocalRankWithExactScores() {
        // k = 60. a: 1/61 + 1/63; b: 1/62 + 1/61; c: 1/63; d: 1/62.
        List<RetrievedPassage> fused = new ReciprocalRankFusion(60).fuse(List.of(
                new ReciprocalRankFusion.Ranking(ranking("a", "b", "c"), 1.0),
                new ReciprocalRankFusion.Ranking(ranking("b", "d", "a"), 1.0)), 10);

        assertThat(ids(fused)).containsExactly("b", "a", "d", "c");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-12));
    }

    @Test
    void weightsShiftTheOrderTowardsTheHeavierRanking() {
        List<RetrievedPassage> fused = new ReciprocalRankFusion(1).fuse(List.of(
                new ReciprocalRankFusion.Ranking(ranking("a", "b"), 1.0),
                new ReciprocalRankFusion.Ranking(ranking("c", "a"), 3.0)), 10);

        // k = 1. c: 3/2 = 1.5; a: 1/2 + 3/3 = 1.5 (tie, broken by id); b: 1/3.
        assertThat(ids(fused)).containsExactly("a", "c", "b");
    }

    @Test
    void tiesAreBrokenByPassageIdAndTheListIsCut() {
        List<RetrievedPassage> fused = new ReciprocalRankFusion(60).fuse(List.of(
                new ReciprocalRankFusion.Ranking(ranking("z"), 1.0),
                new ReciprocalRankFusion.Ranking(ranking("m"), 1.0),
                new ReciprocalRankFusion.Ranking(ranking("q"), 1.0)), 2);

        assertThat(ids(fused)).containsExactly("m", "q");
    }

    @Test
    void hybridRetrieverAsksEachSideForItsCandidatesAndFuses() {
        Retriever bm25 = (query, limit) -> ranking("a", "b", "c", "d").subList(0, Math.min(4, limit));
        HybridRetriever hybrid = new HybridRetriever(bm25, new FakeVectors(ranking("d", "c", "e"), List.of()),
                new ReciprocalRankFusion(60), new HybridRetriever.Settings(4, 3, 1.0, 1.0));

        // c: 1/63 + 1/62, d: 1/64 + 1/61, a: 1/61, b: 1/62, e: 1/63
        assertThat(ids(hybrid.retrieve("anything", 3))).containsExactly("d", "c", "a");
        assertThat(ids(hybrid.retrieve("anything", 10))).containsExactly("d", "c", "a", "b", "e");
    }

    @Test
    void theBestSentenceRankingJoinsTheFusionWhenWeighted() {
        Retriever bm25 = (query, limit) -> ranking("a", "b", "c");
        FakeVectors vectors = new FakeVectors(ranking("b", "c", "a"), ranking("c", "a", "b"));
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

    /** Vector side with fixed rankings; records which candidates were offered for sentence ranking. */
    private static final class FakeVectors implements HybridRetriever.VectorSide {
        private final List<RetrievedPassage> nearest;
        private final List<RetrievedPassage> bySentence;
        private List<String> offered = List.of();

        FakeVectors(List<RetrievedPassage> nearest, List<RetrievedPassage> bySentence) {
            this.nearest = nearest;
            this.bySentence = bySentence;
        }

        @Override
        public float[] embed(Query query) {
            return new float[] {1};
        }

        @Override
        public List<RetrievedPassage> nearest(float[] queryVector, int limit) {
            return nearest.subList(0, Math.min(limit, nearest.size()));
        }

        @Override
        public List<RetrievedPassage> bySentence(float[] queryVector, List<RetrievedPassage> candidates) {
            offered = ids(candidates);
            return bySentence;
        }
    }
}
