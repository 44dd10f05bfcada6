package dev.footnote.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;

/**
 * Hybrid retrieval with hand-written stand-ins for BM25 and the vector side: which candidates each
 * side is asked for, how the rankings are fused, and that the query is embedded once. No index.
 */
class HybridRetrieverTest {

    private final List<String> calls = new ArrayList<>();
    private List<RetrievedPassage> bm25Ranking = ranking("a", "b", "c");
    private List<RetrievedPassage> denseRanking = ranking("b", "d");
    private List<RetrievedPassage> sentenceRanking = List.of();
    private final float[] vector = {0.6f, 0.8f};

    private final Retriever bm25 = (query, limit) -> {
        calls.add("bm25 " + query + " " + limit);
        return bm25Ranking;
    };

    private final HybridRetriever.VectorSide vectors = new HybridRetriever.VectorSide() {
        @Override
        public float[] embed(String query) {
            calls.add("embed " + query);
            return vector;
        }

        @Override
        public List<RetrievedPassage> nearest(float[] queryVector, int limit) {
            calls.add("nearest " + (queryVector == vector) + " " + limit);
            return denseRanking;
        }

        @Override
        public List<RetrievedPassage> bySentence(float[] queryVector, List<RetrievedPassage> candidates) {
            calls.add("sentences " + (queryVector == vector) + " " + ids(candidates));
            return sentenceRanking;
        }
    };

    private HybridRetriever retriever(HybridRetriever.Settings settings) {
        return new HybridRetriever(bm25, vectors, new ReciprocalRankFusion(60), settings);
    }

    @Test
    void bothRankingsAreFusedByRankAndEachSideIsAskedForItsCandidates() {
        List<RetrievedPassage> found = retriever(new HybridRetriever.Settings(10, 20, 1.0, 1.0)).retrieve("restraint", 3);

        // b is second and first: 1/62 + 1/61; then a (1/61), d (1/62), c (1/63) falls off the page.
        assertThat(ids(found)).isEqualTo("b a d");
        assertThat(calls).containsExactly("bm25 restraint 10", "embed restraint", "nearest true 20");
    }

    @Test
    void neverFewerCandidatesThanThePageAndWeightsShiftTheOrder() {
        List<RetrievedPassage> found = retriever(new HybridRetriever.Settings(1, 1, 0.2, 1.0)).retrieve("restraint", 4);

        // Dense counts five times as much: its first (b) and second (d) lead, then BM25's a and c.
        assertThat(ids(found)).isEqualTo("b d a c");
        assertThat(calls).containsExactly("bm25 restraint 4", "embed restraint", "nearest true 4");
    }

    @Test
    void theSentenceRankingJoinsWithTheSameVectorAndTheTopCandidatesOfEachSide() {
        sentenceRanking = ranking("c", "d");

        List<RetrievedPassage> found = retriever(new HybridRetriever.Settings(10, 10, 1.0, 1.0, 3.0, 2)).retrieve("restraint", 4);

        assertThat(calls).containsExactly("bm25 restraint 10", "embed restraint", "nearest true 10", "sentences true a b d");
        // c: 1/63 + 3/61 leads; then d: 1/62 + 3/62; b: 1/62 + 1/61; a: 1/61.
        assertThat(ids(found)).isEqualTo("c d b a");
    }

    @Test
    void equalScoresAreOrderedById() {
        bm25Ranking = ranking("z");
        denseRanking = ranking("y");

        assertThat(ids(retriever(new HybridRetriever.Settings(5, 5, 1.0, 1.0)).retrieve("restraint", 5))).isEqualTo("y z");
    }

    @Test
    void aBlankQueryOrAnEmptyPageAsksNobody() {
        HybridRetriever retriever = retriever(new HybridRetriever.Settings(5, 5, 1.0, 1.0));

        assertThat(retriever.retrieve("  ", 5)).isEmpty();
        assertThat(retriever.retrieve("restraint", 0)).isEmpty();
        assertThat(calls).isEmpty();
    }

    private static List<RetrievedPassage> ranking(String... ids) {
        List<RetrievedPassage> ranking = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ranking.add(new RetrievedPassage(new Passage(ids[i], "doc", i, "Passage " + ids[i] + ".", null), 10.0 - i));
        }
        return ranking;
    }

    private static String ids(List<RetrievedPassage> passages) {
        return passages.stream().map(r -> r.passage().id()).collect(Collectors.joining(" "));
    }
}
