package dev.footnote.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The grounding that decides between quoting the best sentence and "not in the corpus". */
class GroundingTest {

    private final Grounding grounding = new Grounding(0.6, 0.3, 0.1, 0.15);

    @Test
    void weighsSimilarityPassageAndSentenceCoverage() {
        // 0.1 × term coverage + 0.6 × similarity + 0.3 × passage coverage
        assertThat(grounding.of(1.0, 0.5, 0.8)).isCloseTo(0.1 + 0.3 + 0.24, within(1e-9));
        assertThat(grounding.of(0, 0, 0)).isZero();
    }

    @Test
    void withoutSentenceEmbeddingsTheTermSignalsShareTheWholeWeight() {
        // (0.1 × 0.5 + 0.3 × 1.0) / 0.4
        assertThat(grounding.of(0.5, Double.NaN, 1.0)).isCloseTo(0.875, within(1e-9));
    }

    @Test
    void rejectsWeightsBeyondOne() {
        assertThatThrownBy(() -> new Grounding(0.8, 0.3, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grounding(0.5, 0.3, 1.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
