package dev.footnote.answer.verify;

import java.util.List;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

/** What in a written sentence its cited passage contradicts, as the support judge sees it: a number or a negation. */
public final class Contradictions {

    private final ClaimAnalysis analysis;
    private final SupportJudge judge;

    public Contradictions(ClaimAnalysis analysis, SupportJudge judge) {
        this.analysis = analysis;
        this.judge = judge;
    }

    /**
     * What in the claim the passage contradicts, or {@code null}: a number it does not state while it states others
     * ("41 of the 62" for "14 of the 62"), or a negation on one side only ("did not call for restraint"). Similar
     * wording and embeddings do not see either; the support judge does. Names and numbers anywhere in the passage or
     * its source line count, so a paraphrase that moves them between sentences still holds.
     */
    public String of(String claim, Passage passage) {
        List<ClaimWord> words = analysis.words(claim);
        List<SupportJudge.Evidence> sentences = Sentences.split(passage.text()).stream()
                .map(span -> analysis.evidence(span.of(passage.text()))).toList();
        SupportJudge.Evidence context = analysis.evidence(passage.text() + "\n" + (passage.source() == null ? "" : passage.source()));
        SupportJudge.Support support = judge.judge(words, sentences, context);
        List<String> numbers = support.unsupported().stream().filter(w -> w.kind() == WordKind.NUMBER).map(ClaimWord::text).toList();
        if (!numbers.isEmpty()) {
            return "the passage does not state " + String.join(", ", numbers);
        }
        if (support.contradicted()) {
            return words.stream().anyMatch(w -> w.kind() == WordKind.NEGATION)
                    ? "the passage says what this sentence denies" : "the passage denies what this sentence says";
        }
        return null;
    }
}
