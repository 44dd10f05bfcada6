package dev.footnote.positions;

/**
 * How far a topic reaches beyond its own words (bound from {@code footnote.positions.reach.*}).
 *
 * @param minProfileSimilarity      the least sentence-embedding similarity (0..1) to the mean of the statements
 *                                  retrieval finds on the topic that puts a statement on the topic
 * @param minSeeds                  the fewest such statements to learn that mean from
 * @param topicDocumentStatements   a document holding this many of them is about the topic: its other statements
 *                                  are considered too (still by meaning)
 * @param feedbackStatements        when fewer than {@code minSeeds} statements say the topic's words, this many of the
 *                                  best retrieved statements stand for the topic instead
 * @param minFeedbackSimilarity     the least similarity (0..1) to the topic's vector of a retrieved statement that
 *                                  stands for the topic so
 * @param vocabularyTerms           the size of the topic's vocabulary learned from those statements; a statement
 *                                  with a word of the topic (itself or in its speaker's passage) and one of these
 *                                  is on the topic
 */
public record TopicReach(double minProfileSimilarity, int minSeeds, int topicDocumentStatements,
                         int feedbackStatements, int vocabularyTerms, double minFeedbackSimilarity) {

    /** The defaults, tuned on half the LIAR-PLUS subjects (docs/positions.md). */
    public static final TopicReach DEFAULTS = new TopicReach(0.45, 3, 3, 10, 20, 0.3);

    public TopicReach {
        if (minSeeds < 1 || topicDocumentStatements < 1 || feedbackStatements < 0) {
            throw new IllegalArgumentException("minSeeds and topicDocumentStatements must be >= 1");
        }
    }
}
