package dev.footnote.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The built-in related terms, analysed by a stand-in analysis (lower case, no stop words, "-ed" dropped). */
class RelatedTermsTest {

    private static final Set<String> STOP = Set.of("the", "of", "as", "a");

    private final RelatedTerms related = RelatedTerms.builtIn(RelatedTermsTest::terms);

    private static List<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP.contains(w))
                .map(w -> w.endsWith("ed") && w.length() > 4 ? w.substring(0, w.length() - 2) : w).toList();
    }

    @Test
    void aVerbOfTheQuestionHasWhatSentencesSayInstead() {
        assertThat(related.of("won")).contains(Set.of("defeat"), Set.of("champion"));
    }

    @Test
    void aCapitalStandsForItsGovernmentAndAllItsWordsAreNeeded() {
        assertThat(related.of("washington")).contains(Set.of("unit", "states"));
        assertThat(related.of("brussels")).contains(Set.of("european", "union"));
    }

    @Test
    void aTermWithoutAnEntryHasNoAlternatives() {
        assertThat(related.of("telephone")).isEmpty();
    }

    @Test
    void aQuestionTermIsHeldByOneOfItsAlternatives() {
        SentenceScorer.QuestionTerms question = new SentenceScorer.QuestionTerms(Map.of("washington", 2.0), 2.0,
                Map.of("washington", related.of("washington")));

        assertThat(question.heldBy("washington", Set.of("unit", "states", "joint"))).isTrue();
        assertThat(question.heldBy("washington", Set.of("unit", "joint"))).isFalse();
    }
}
