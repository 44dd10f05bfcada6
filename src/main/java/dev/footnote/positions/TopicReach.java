package dev.footnote.positions;

/**
 * How far a topic reaches beyond its own words (bound from {@code footnote.positions.reach.*}).
 *
 * @param minProfileSimilarity      the least sentence-embedding similarity (0..1) to the mean of the statements
 *                                  retrieval finds on the topic that puts a statement on the topic
 * @param minSeeds                  the fewest such statements to learn that mean from
 * @param topicDocumentStatements   a document holding this many of them is about the topic: its other statements
 *                                  are considered too (still by meaning)
 */
public record TopicReach(double minProfileSimilarity, int minSeeds, int topicDocumentStatements) {

    /** The defaults, tuned on half the LIAR-PLUS subjects (docs/positions.md). */
    public static final TopicReach DEFAULTS = new TopicReach(0.6, 3, 3);

    public TopicReach {
        if (minSeeds < 1 || topicDocumentStatements < 1) {
            throw new IllegalArgumentException("minSeeds and topicDocumentStatements must be >= 1");
        }
    }
}
