package dev.footnote.positions;

import java.util.List;

import dev.footnote.answer.Citation;

/**
 * An agreement or a difference between actors, with the statements that show it.
 *
 * @param kind      {@code joint-statement} (they spoke together), {@code agree} or {@code differ} (on a point;
 *                  see {@link Point}); {@code shared-theme} and {@code distinct-emphasis} are no longer produced
 * @param actors    the actors compared
 * @param terms     the words the comparison rests on (empty for a joint statement)
 * @param text      the comparison in words, with {@code [n]} markers
 * @param citations the statements behind it
 * @param similarity the sentence-embedding similarity (0..1) of the two quoted statements (for a difference, the
 *                   greater of each one's similarity to the closest statement of the other side); {@code null} for
 *                   a joint statement or without embeddings
 */
public record Comparison(String kind, List<String> actors, List<String> terms, String text, List<Citation> citations,
                         Double similarity) {

    public static final String JOINT = "joint-statement";
    public static final String SHARED = "shared-theme";
    public static final String DISTINCT = "distinct-emphasis";
    /** Two actors on one point: one backs the other. */
    public static final String AGREE = "agree";
    /** Two actors on one point: one contradicts the other. */
    public static final String DIFFER = "differ";

    public Comparison {
        actors = List.copyOf(actors);
        terms = List.copyOf(terms);
        citations = List.copyOf(citations);
    }

    /** A comparison without a similarity (a joint statement, or no embeddings). */
    public Comparison(String kind, List<String> actors, List<String> terms, String text, List<Citation> citations) {
        this(kind, actors, terms, text, citations, null);
    }
}
