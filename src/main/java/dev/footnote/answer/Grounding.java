package dev.footnote.answer;

/**
 * How strongly the retrieved evidence stands behind the best sentence, 0..1, which decides between quoting it and
 * "not in the corpus". A weighted mean of three signals, weighed by logistic regression on SQuAD dev articles 1–24
 * (in-corpus questions against questions about other articles; docs/answers.md): the embedding similarity of question
 * and sentence, the idf-weighted share of the question's terms held by the sentence's passage, and the same share held
 * by the sentence itself (half credit for its passage's terms); less a penalty when the question names something
 * ("Fresno", "Victoria and Albert Museum") that no retrieved passage names, and when the question asks who did
 * something ("Who invented…?") and the sentence does not say it with that verb or an alternative of it ("invention"
 * is not "invented").
 *
 * @param similarityWeight   share of the embedding similarity of question and sentence
 * @param passageWeight      share of the passage's coverage of the question's terms
 * @param missingNamePenalty subtracted when a name the question mentions is in none of the retrieved passages
 * @param missingVerbPenalty subtracted when the question asks for the subject of a verb the sentence does not use
 */
public record Grounding(double similarityWeight, double passageWeight, double missingNamePenalty,
                        double missingVerbPenalty) {

    public Grounding {
        if (similarityWeight < 0 || passageWeight < 0 || similarityWeight + passageWeight > 1) {
            throw new IllegalArgumentException("similarityWeight and passageWeight must be >= 0 and add up to at most 1");
        }
        if (missingNamePenalty < 0 || missingNamePenalty > 1 || missingVerbPenalty < 0 || missingVerbPenalty > 1) {
            throw new IllegalArgumentException("missingNamePenalty and missingVerbPenalty must be in 0..1");
        }
    }

    /**
     * 0..1: the grounding of a sentence.
     *
     * @param termCoverage     the sentence's coverage of the question's terms (its passage's terms at half credit)
     * @param similarity       its embedding similarity to the question; {@code NaN} when sentences are not embedded,
     *                         and then the term signals share the similarity's weight
     * @param passageCoverage  its passage's coverage of the question's terms
     */
    double of(double termCoverage, double similarity, double passageCoverage) {
        double termWeight = 1 - similarityWeight - passageWeight;
        if (Double.isNaN(similarity)) {
            double terms = termWeight + passageWeight;
            return terms <= 0 ? termCoverage : (termWeight * termCoverage + passageWeight * passageCoverage) / terms;
        }
        return termWeight * termCoverage + similarityWeight * similarity + passageWeight * passageCoverage;
    }
}
