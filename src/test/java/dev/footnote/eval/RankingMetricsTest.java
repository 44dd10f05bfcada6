package dev.footnote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final List<String> RANKED = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");

    @Test
    void recallCountsTheShareOfRelevantPassagesInTheTopK() {
        assertThat(RankingMetrics.recallAt(1, RANKED, Set.of("a"))).isEqualTo(1.0);
        assertThat(RankingMetrics.recallAt(1, RANKED, Set.of("b"))).isEqualTo(0.0);
        assertThat(RankingMetrics.recallAt(5, RANKED, Set.of("b", "z"))).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(10, RANKED, Set.of("k"))).isEqualTo(0.0);
    }

    @Test
    void reciprocalRankIsOneOverTheFirstRelevantRankWithinK() {
        assertThat(RankingMetrics.reciprocalRankAt(10, RANKED, Set.of("c", "e"))).isEqualTo(1.0 / 3);
        assertThat(RankingMetrics.reciprocalRankAt(10, RANKED, Set.of("k"))).isEqualTo(0.0);
    }

    @Test
    void ndcgUsesGradedGainsAndTheIdealOrder() {
        // relevant: b (grade 1) at rank 2, z (grade 2) not retrieved.
        // DCG = 1/log2(3); IDCG = 2/log2(2) + 1/log2(3).
        double expected = (1 / log2(3)) / (2 + 1 / log2(3));
        assertThat(RankingMetrics.ndcgAt(10, RANKED, Map.of("b", 1, "z", 2))).isCloseTo(expected, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(10, RANKED, Map.of("a", 1))).isEqualTo(1.0);
    }

    @Test
    void answerContainmentNormalisesLikeTheSquadScript() {
        assertThat(RankingMetrics.containsAnswer("It was built by Robert  Stevenson, in 1828.", List.of("robert stevenson")))
                .isTrue();
        assertThat(RankingMetrics.containsAnswer("The Denver Broncos won.", List.of("Denver Broncos"))).isTrue();
        // Whole words only: "1828" does not contain "82".
        assertThat(RankingMetrics.containsAnswer("built in 1828", List.of("82"))).isFalse();
        assertThat(RankingMetrics.containsAnswer("nothing relevant", List.of("Stevenson"))).isFalse();
    }

    @Test
    void percentileIsNearestRank() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RankingMetrics.percentile(values, 50)).isEqualTo(5);
        assertThat(RankingMetrics.percentile(values, 95)).isEqualTo(10);
        assertThat(RankingMetrics.percentile(values, 10)).isEqualTo(1);
        assertThat(RankingMetrics.percentile(new double[0], 50)).isEqualTo(0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
