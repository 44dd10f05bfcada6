package dev.footnote.positions;

/**
 * How the statements on a topic are grouped into points (bound from {@code footnote.positions.points.*}).
 *
 * @param maxPoints     the most points reported, those most actors address first
 * @param minSimilarity the least average closeness (0..1) of two groups of statements to make them one point
 * @param maxStatements the most statements grouped (the most on-topic first)
 */
public record PointSettings(int maxPoints, double minSimilarity, int maxStatements) {

    /** The defaults, set on the local-decision fixture of {@code PointsTest}. */
    public static final PointSettings DEFAULTS = new PointSettings(5, 0.3, 60);

    public PointSettings {
        if (maxPoints < 1 || maxStatements < 1) {
            throw new IllegalArgumentException("maxPoints and maxStatements must be >= 1");
        }
    }
}
