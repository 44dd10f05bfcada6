package dev.footnote.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How answers are made. Changing these changes what counts as "in the corpus": re-run the tests
 * ({@code ExtractiveAnswererCalibrationTest}) after changing them.
 *
 * @param passages       how many retrieved passages an answer may draw on
 * @param maxSentences   the most sentences an extractive answer quotes
 * @param minEvidence    the least evidence (0..1) the best sentence must have: idf-weighted share of the question's terms,
 *                       mixed with embedding similarity (see similarityWeight); below it the answer is "not in the corpus"
 * @param relativeCutoff a further sentence is quoted only if it scores at least this share of the best one
 * @param maxOverlap     a further sentence is skipped if it overlaps a quoted one more than this (Jaccard of terms)
 * @param similarityWeight 0..1: share of a sentence's evidence that comes from embedding similarity to the question
 *                       (the rest from term coverage); 0 scores on terms only
 * @param typeWeight     what holding the question's expected answer type (a date for "when", a person for "who")
 *                       adds to a sentence's score; 0 ranks on evidence only
 * @param typeCandidates how many of the best sentences are analysed for the expected answer type
 * @param minGain        a further sentence is quoted only if it adds at least this share of the question's weighted
 *                       terms that the quoted ones lack (or the expected answer type they lack)
 * @param groundingSimilarityWeight share of the embedding similarity of question and best sentence in the grounding
 *                       that min-evidence is compared with (the rest: the passage's and the sentence's term coverage)
 * @param groundingPassageWeight share of the best sentence's passage's coverage of the question's terms in the grounding
 * @param missingNamePenalty subtracted from the grounding when a name the question mentions ("Fresno", "Victoria and
 *                       Albert Museum") is in none of the retrieved passages
 * @param missingVerbPenalty subtracted from the grounding when the question asks who did something ("Who invented
 *                       the telephone?") and the best sentence does not use that verb (or an alternative of it) as a verb
 * @param focusPenalty   taken off a candidate sentence's score for each name of the question it lacks (with its source
 *                       line) and for not using the question's verb; 0 ranks without
 * @param learnedRanking whether the best type-candidates sentences are put in their final order by weights learned on
 *                       SQuAD dev articles 1–24 ({@code sentence-ranking.tsv}) instead of the hand-set weights above
 * @param focusRefusal   whether an answer is refused (grounded: false, the nearest quote shown) when its quotes, with
 *                       their passages' source line and preceding sentences, do not back a name or number of the question
 * @param minFocusSupport the least score (0..1) of the support judge for the question's focus (its names, numbers and
 *                       content words, weighted by idf) against the quotes and their context; below it the answer is
 *                       refused with the nearest quote shown
 * @param minShortAnswerConfidence the least confidence (0..1, the fitted probability that it is right) at which a
 *                       short answer is shown in bold; 0 shows every one found
 * @param minClaimSupport the least support judge score (0..1) at which the evidence for a claim ("Is it true that …?",
 *                       or a statement typed as it stands) is quoted as backing it; below it, it is shown, not grounded
 * @param minAnswerConfidence the least fitted probability (0..1) that the corpus answers the question at all, from the
 *                       best sentence's grounding, coverage and similarity, the best of those over the evidence and the
 *                       focus score ({@code answer-confidence.tsv}); below it the answer is "not in the corpus". It
 *                       replaces min-evidence for the best sentence whenever the question could be embedded; 0 turns it off
 */
@ConfigurationProperties(prefix = "footnote.answer", ignoreUnknownFields = false)
public record AnswerProperties(
        @DefaultValue("5") int passages,
        @DefaultValue("3") int maxSentences,
        @DefaultValue("0.5") double minEvidence,
        @DefaultValue("0.75") double relativeCutoff,
        @DefaultValue("0.5") double maxOverlap,
        @DefaultValue("0.5") double similarityWeight,
        @DefaultValue("0.3") double typeWeight,
        @DefaultValue("12") int typeCandidates,
        @DefaultValue("0.15") double minGain,
        @DefaultValue("0.6") double groundingSimilarityWeight,
        @DefaultValue("0.3") double groundingPassageWeight,
        @DefaultValue("0.1") double missingNamePenalty,
        @DefaultValue("0.15") double missingVerbPenalty,
        @DefaultValue("0.1") double focusPenalty,
        @DefaultValue("true") boolean learnedRanking,
        @DefaultValue("true") boolean focusRefusal,
        @DefaultValue("0") double minFocusSupport,
        @DefaultValue("0.76") double minShortAnswerConfidence,
        @DefaultValue("0.55") double minClaimSupport,
        @DefaultValue("0.79") double minAnswerConfidence) {

    public AnswerProperties {
        // A probability or a share typed as a percentage ("85") would refuse every question without a word of why.
        share("min-evidence", minEvidence);
        share("min-focus-support", minFocusSupport);
        share("min-short-answer-confidence", minShortAnswerConfidence);
        share("min-claim-support", minClaimSupport);
        share("min-answer-confidence", minAnswerConfidence);
    }

    private static void share(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("footnote.answer." + key + " must be between 0 and 1, was " + value);
        }
    }
}
