package dev.footnote.positions;

import dev.footnote.positions.actors.Statement;

/**
 * Whether one statement backs or contradicts another on the same point: the seam where a support judge
 * (does this evidence back this claim?) can replace the built-in {@link StanceRelation}.
 */
public interface StatementRelation {

    /** How two statements on one point stand to each other. */
    enum Relation { BACKS, CONTRADICTS, NEITHER }

    Relation relate(Statement a, Statement b);
}
