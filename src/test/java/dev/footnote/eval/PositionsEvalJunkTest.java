package dev.footnote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The bench's junk rule: a common word or a letter is junk; a name, or an acronym spelling a common word, is not. */
class PositionsEvalJunkTest {

    private static final Set<String> LOWER_CASE = Set.of("said", "health", "nut", "us");

    @Test
    void commonWordsAndLettersAreJunk() {
        assertThat(PositionsEval.junk("Said", LOWER_CASE)).isTrue();
        assertThat(PositionsEval.junk("Health", LOWER_CASE)).isTrue();
        assertThat(PositionsEval.junk("S", LOWER_CASE)).isTrue();
    }

    @Test
    void namesAndAcronymsAreNot() {
        assertThat(PositionsEval.junk("NUT", LOWER_CASE)).isFalse();
        assertThat(PositionsEval.junk("US", LOWER_CASE)).isFalse();
        assertThat(PositionsEval.junk("Milos Vucevic", LOWER_CASE)).isFalse();
        assertThat(PositionsEval.junk("Serbia", LOWER_CASE)).isFalse();
    }
}
