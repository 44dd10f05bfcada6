package dev.footnote.positions;

/**
 * Tuning of the positions feature (bound from {@code footnote.positions.*}).
 *
 * @param maxTopicChars      a longer topic is refused
 * @param maxActors          more requested actors are refused
 * @param maxActorNameChars  a longer actor name is refused
 * @param passages           how many passages retrieval may return for a topic
 * @param minCoverage        the least topic coverage (0..1) a statement needs to count as "on the topic"
 * @param maxStatements      statements quoted per actor in extractive mode
 * @param maxOverlap         a further statement is skipped if it overlaps a chosen one more than this (Jaccard)
 * @param llmStatements      statements per actor given to the LLM
 * @param maxComparisons     the most agreements, and the most differences, reported
 * @param minSharedTerms     the fewest shared words for a shared theme
 * @param minSupport         the least share (0..1) of an LLM sentence's content words found in the statements it cites
 * @param minSimilarity      the least embedding similarity (0..1) to the topic that puts a statement on the topic
 * @param maxListedActors    the most actors {@code GET /api/actors} lists at once
 * @param minPairSimilarity  the least embedding similarity (0..1) of two actors' statements to quote them as close
 *                           points; a difference quotes two statements each below it to everything the other side said
 * @param reach              how far a topic reaches beyond its own words
 * @param points             how statements are grouped into points
 */
public record PositionsSettings(int maxTopicChars, int maxActors, int maxActorNameChars, int passages,
                                double minCoverage, int maxStatements, double maxOverlap, int llmStatements,
                                int maxComparisons, int minSharedTerms, double minSupport, double minSimilarity,
                                int maxListedActors, double minPairSimilarity, TopicReach reach,
                                PointSettings points) {

    /** The settings with the default reach. */
    public PositionsSettings(int maxTopicChars, int maxActors, int maxActorNameChars, int passages, double minCoverage,
                             int maxStatements, double maxOverlap, int llmStatements, int maxComparisons,
                             int minSharedTerms, double minSupport, double minSimilarity, int maxListedActors,
                             double minPairSimilarity) {
        this(maxTopicChars, maxActors, maxActorNameChars, passages, minCoverage, maxStatements, maxOverlap, llmStatements,
                maxComparisons, minSharedTerms, minSupport, minSimilarity, maxListedActors, minPairSimilarity,
                TopicReach.DEFAULTS, PointSettings.DEFAULTS);
    }

    public PositionsSettings {
        if (maxStatements < 1 || llmStatements < 1 || passages < 1 || maxActors < 1) {
            throw new IllegalArgumentException("maxStatements, llmStatements, passages and maxActors must be >= 1");
        }
        java.util.Objects.requireNonNull(reach, "reach");
        java.util.Objects.requireNonNull(points, "points");
        if (maxListedActors < 1) {
            throw new IllegalArgumentException("maxListedActors must be >= 1");
        }
    }
}
