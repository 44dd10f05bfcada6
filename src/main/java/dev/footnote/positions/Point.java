package dev.footnote.positions;

import java.util.List;
import java.util.Objects;

import dev.footnote.answer.Citation;

/**
 * One of the few points the statements on a topic address (who pays, when, what risk), with each actor's
 * statements on it and how the actors stand to each other there.
 *
 * @param title      a few words of the statements themselves that name the point
 * @param summary    one sentence on the point written by the LLM and verified against the cited statements
 *                   ({@code [n]} markers into {@code statements}' citations); {@code null} in extractive mode
 * @param statements the statements on the point, actor by actor; each citation's marker is its number in this point
 * @param pairs      actors who address the point and agree or differ on it
 */
public record Point(String title, String summary, List<PointStatement> statements, List<Pair> pairs) {

    public Point {
        Objects.requireNonNull(title, "title");
        statements = List.copyOf(statements);
        pairs = List.copyOf(pairs);
    }

    /**
     * An actor's statement on a point.
     *
     * @param stance whether it takes a side (a plain announcement does not, and is set against no other statement)
     * @param role   the actor's role as its position gives it ("Councillor"), so that a point can be laid out on its
     *               own (the chat's points table); {@code null} if none
     */
    public record PointStatement(String actor, boolean stance, Citation citation, String role) {

        /** A statement whose actor's role is not known yet. */
        public PointStatement(String actor, boolean stance, Citation citation) {
            this(actor, stance, citation, null);
        }
    }

    /**
     * Two actors on a point: {@code differ} when a statement of one contradicts one of the other, else {@code agree}
     * when one backs the other. {@code markers} are the two statements' markers in the point.
     */
    public record Pair(List<String> actors, String relation, List<Integer> markers) {

        public static final String AGREE = "agree";
        public static final String DIFFER = "differ";

        public Pair {
            actors = List.copyOf(actors);
            markers = List.copyOf(markers);
        }
    }

    /** The same point with each statement's actor's role (actors without one keep {@code null}). */
    Point withRoles(java.util.Map<String, String> roles) {
        return new Point(title, summary, statements.stream()
                .map(s -> new PointStatement(s.actor(), s.stance(), s.citation(), roles.get(s.actor()))).toList(), pairs);
    }

    /** The same point with a summary. */
    Point withSummary(String text) {
        return new Point(title, text, statements, pairs);
    }
}
