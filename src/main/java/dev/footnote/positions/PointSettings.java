package dev.footnote.positions;

/**
 * How the statements on a topic are grouped into points (bound from {@code footnote.positions.points.*}).
 *
 * @param maxPoints     the most points reported, those most actors address first
 * @param minSimilarity the least average closeness (0..1) of two groups of statements to make them one point
 * @param maxStatements the most statements grouped (the most on-topic first)
 * @param minSupport    the support judge's least score (0..1) for one statement to back another: then their actors agree
 */
public record PointSettings(int maxPoints, double minSimilarity, int maxStatements, double minSupport) {

    /** The default support threshold. */
    private static final double DEFAULTS_MIN_SUPPORT = 0.6;

    /** The defaults, set on the local-decision fixture of {@code PointsTest}. */
    public static final PointSettings DEFAULTS = new PointSettings(5, 0.3, 60, DEFAULTS_MIN_SUPPORT);

    public PointSettings {
        if (maxPoints < 1 || maxStatements < 1) {
            throw new IllegalArgumentException("maxPoints and maxStatements must be >= 1");
        }
        if (minSupport < 0 || minSupport > 1) {
            throw new IllegalArgumentException("minSupport must be within 0..1");
        }
    }

    /** Settings with the default support threshold. */
    public PointSettings(int maxPoints, double minSimilarity, int maxStatements) {
        this(maxPoints, minSimilarity, maxStatements, DEFAULTS_MIN_SUPPORT);
    }
}
