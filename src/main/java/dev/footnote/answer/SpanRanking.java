package dev.footnote.answer;

import java.util.List;

/**
 * The learned order of a sentence's candidate short answers (entities, noun phrases, adjectives) for questions
 * answered by a noun phrase: a linear score of their features, fitted like {@link SentenceRanking} on the noun-phrase
 * questions of SQuAD dev articles 1–24, where the candidates closest to a gold answer (token F1) are the ones to pick
 * ({@code span-ranking.tsv}; docs/answers.md).
 */
final class SpanRanking {

    /** The features {@link SpanCandidates} computes for a candidate, in order. */
    static final List<String> FEATURES = List.of("typeFit", "nounPhrase", "adjective", "closeness", "subject", "defined",
            "logLength", "askedShare", "afterQuestionWord", "digit", "capitalised", "adjectiveForTypeOf",
            "handScore");

    private static final String BUILT_IN = "dev/footnote/answer/span-ranking.tsv";

    private final LinearModel model;

    private SpanRanking(LinearModel model) {
        this.model = model;
    }

    static SpanRanking builtIn() {
        return new SpanRanking(LinearModel.read(BUILT_IN, FEATURES));
    }

    double score(double[] features) {
        return model.score(features);
    }
}
