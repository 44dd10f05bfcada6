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
}
