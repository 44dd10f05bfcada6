package dev.footnote.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.footnote.answer.verify.ClaimWord;
import dev.footnote.answer.verify.WordKind;
import dev.footnote.text.ResourceLines;
import dev.footnote.text.TextAnalyzer;

class UnsupportedWordsTest {

    /** A draft whose second sentence (at offset 20) states 41 where the source says 14. */
    static final String DRAFT = "Notes on the vote.  The council voted 41 of the 62 proposals through.";
    static final int OFFSET = DRAFT.indexOf("The council");
    static final String SOURCE = "The city council voted 14 of the 62 proposals through on Tuesday.";

    static final ClaimWord COUNCIL = word("council", WordKind.CONTENT);
    static final ClaimWord VOTED = word("voted", WordKind.CONTENT);
    static final ClaimWord FORTY_ONE = new ClaimWord("41", at("41"), at("41") + 2, WordKind.NUMBER, List.of(), 41.0);
    static final ClaimWord SIXTY_TWO = new ClaimWord("62", at("62"), at("62") + 2, WordKind.NUMBER, List.of(), 62.0);
    static final ClaimWord PROPOSALS = word("proposals", WordKind.CONTENT);
    static final ClaimWord THROUGH = word("through", WordKind.CONTENT);
    static final List<ClaimWord> WORDS = List.of(COUNCIL, VOTED, FORTY_ONE, SIXTY_TWO, PROPOSALS, THROUGH);

    static int at(String w) {
        return DRAFT.indexOf(w, OFFSET) - OFFSET;
    }

    static ClaimWord word(String w, WordKind kind) {
        return new ClaimWord(w, at(w), at(w) + w.length(), kind, List.of(w), null);
    }

    static UnsupportedWords.Sentence sentence(Set<ClaimWord> unbacked, boolean contradicted) {
        int end = DRAFT.length();
        return new UnsupportedWords.Sentence(DRAFT, OFFSET,
                TextAnalyzer.english().withoutChunks().analyzeSpan(DRAFT, OFFSET, end).tokens(), WORDS, unbacked, unbacked,
                w -> unbacked.contains(w) ? 0 : 1, List.of(), 0.7, contradicted, List.of(SOURCE));
    }

    @Test
    void theShippedModelFlagsTheChangedNumberAndNotTheWordsTheSourceBacks() {
        UnsupportedWords model = UnsupportedWords.builtIn(term -> 5.0);

        List<TextSpan> spans = UnsupportedWords.spans(DRAFT, model.judge(sentence(Set.of(FORTY_ONE), true)));

        assertThat(spans).extracting(TextSpan::text).anySatisfy(t -> assertThat(t).contains("41"))
                .noneSatisfy(t -> assertThat(t).containsAnyOf("council", "voted", "62", "proposals"));
        // Offsets are exact in the submitted text.
        assertThat(spans).allSatisfy(s -> assertThat(DRAFT.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void theWeightsAreReadAndApplied() {
        // Only an unbacked name would be flagged: nothing is, whatever the rest says.
        Map<String, Double> weights = new HashMap<>(UnsupportedWords.read(List.of("bias -4", "name*citedUnbacked 9",
                "threshold 0.5")));
        UnsupportedWords namesOnly = new UnsupportedWords(weights, term -> 5.0);
        assertThat(UnsupportedWords.spans(DRAFT, namesOnly.judge(sentence(Set.of(FORTY_ONE), true)))).isEmpty();

        // An unbacked number flagged, and its smoothing pulls nothing else in.
        weights.put("number*citedUnbacked", 9.0);
        UnsupportedWords numbers = new UnsupportedWords(weights, term -> 5.0);
        List<UnsupportedWords.Judged> judged = numbers.judge(sentence(Set.of(FORTY_ONE), true));
        assertThat(UnsupportedWords.spans(DRAFT, judged)).extracting(TextSpan::text).containsExactly("41");
        assertThat(judged).filteredOn(j -> DRAFT.substring(j.start(), j.end()).equals("41")).singleElement()
                .satisfies(j -> assertThat(j.features()).containsEntry("number*citedUnbacked", 1.0)
                        .containsEntry("surfaceCited", 0.0));
        assertThat(judged).filteredOn(j -> DRAFT.substring(j.start(), j.end()).equals("62")).singleElement()
                .satisfies(j -> assertThat(j.features()).containsEntry("number", 1.0).containsEntry("citedUnbacked", 0.0)
                        .containsEntry("surfaceCited", 1.0));

        // Neighbours' logits move a token over the threshold when smoothing weighs them.
        weights.put("smooth.previous", 1.0);
        UnsupportedWords smoothed = new UnsupportedWords(weights, term -> 5.0);
        assertThat(UnsupportedWords.spans(DRAFT, smoothed.judge(sentence(Set.of(FORTY_ONE), true))))
                .extracting(TextSpan::text).containsExactly("41 of");
    }

    @Test
    void aSentenceWhoseEvidenceBacksEveryWordHasNothingFlagged() {
        UnsupportedWords flagsAll = new UnsupportedWords(Map.of("bias", 5.0), term -> 5.0);

        assertThat(UnsupportedWords.spans(DRAFT, flagsAll.judge(sentence(Set.of(), false)))).isEmpty();
        assertThat(UnsupportedWords.spans(DRAFT, flagsAll.judge(sentence(Set.of(), true)))).extracting(TextSpan::text)
                .containsExactly("The council voted 41 of the 62 proposals through.");
    }

    @Test
    void theShippedWeightsFileHoldsTheSmoothingAndThreshold() {
        Map<String, Double> weights = UnsupportedWords.read(ResourceLines.read(UnsupportedWords.RESOURCE));

        assertThat(weights).containsKeys("bias", "ruleFlagged", "smooth.self", "smooth.previous", "smooth.next", "threshold");
        assertThat(weights.get("threshold")).isBetween(0.05, 0.95);
        assertThatThrownBy(() -> UnsupportedWords.read(List.of("bias")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name weight");
    }
}
