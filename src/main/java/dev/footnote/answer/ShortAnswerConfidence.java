package dev.footnote.answer;

import java.util.List;

/**
 * How likely a short answer is right (token F1 ≥ 0.5 against what a reader would answer): a logistic score over what
 * the answerer knows when it picks the span, with weights fitted on SQuAD dev articles 1–24
 * ({@code short-answer-confidence.tsv}, written by {@code src/test/bench/fit_short_answer_confidence.py}). A short
 * answer in bold is a claim: below {@code footnote.answer.min-short-answer-confidence} none is shown.
 */
final class ShortAnswerConfidence {

    /** The features, in the order of {@link #features}. */
    static final List<String> FEATURES = List.of("bias", "date", "number", "amount", "person", "organization", "place",
            "name", "nounPhrase", "grounding", "focus", "coverage", "candidateScore", "margin", "candidates",
            "spanWords", "countedNoun", "span.typeFit", "span.nounPhrase", "span.adjective", "span.closeness",
            "span.subject", "span.defined", "span.askedShare", "span.afterQuestionWord", "span.digit", "span.capitalised",
            "similarity", "firstPassage");

    private static final String RESOURCE = "dev/footnote/answer/short-answer-confidence.tsv";

    private final LinearModel model;

    private ShortAnswerConfidence(LinearModel model) {
        this.model = model;
    }

    static ShortAnswerConfidence builtIn() {
        return new ShortAnswerConfidence(LinearModel.read(RESOURCE, FEATURES));
    }

    /** 0..1: the probability that the short answer is right. */
    double of(double[] features) {
        return model.probability(features);
    }

    /**
     * The features of a short answer.
     *
     * @param type           what the question asks for
     * @param grounding      the grounding of the quoted sentence
     * @param focus          the judge's score of the question's focus against the quotes
     * @param coverage       the quoted sentence's coverage of the question's terms
     * @param candidateScore the chosen span's score
     * @param margin         how far it is ahead of the next span (1 when there is no other)
     * @param candidates     how many spans could answer
     * @param spanWords      the span's length in words
     * @param countedNoun    for "how many X": 1 when the span's number counts X ("48-bed" for beds), 0 when not, 0.5
     *                       when the question counts nothing
     * @param span           the span's own features ({@link SpanRanking#FEATURES})
     * @param similarity     the embedding similarity of question and sentence
     * @param firstPassage   1 when the sentence is from the best retrieved passage
     */
    static double[] features(AnswerType type, double grounding, double focus, double coverage, double candidateScore,
                             double margin, int candidates, int spanWords, double countedNoun, double[] span,
                             double similarity, double firstPassage) {
        double[] spanFeatures = span == null ? new double[SpanRanking.FEATURES.size()] : span;
        return new double[] {1, is(type, AnswerType.DATE), is(type, AnswerType.NUMBER), is(type, AnswerType.AMOUNT),
                is(type, AnswerType.PERSON), is(type, AnswerType.ORGANIZATION), is(type, AnswerType.PLACE),
                is(type, AnswerType.NAME), is(type, AnswerType.NOUN_PHRASE), grounding, focus, coverage, candidateScore,
                Math.min(margin, 2), Math.log1p(candidates), Math.log1p(spanWords), countedNoun,
                spanFeatures[0], spanFeatures[1], spanFeatures[2], spanFeatures[3], spanFeatures[4], spanFeatures[5],
                spanFeatures[7], spanFeatures[8], spanFeatures[9], spanFeatures[10], similarity, firstPassage};
    }

    private static double is(AnswerType type, AnswerType wanted) {
        return type == wanted ? 1 : 0;
    }
}
