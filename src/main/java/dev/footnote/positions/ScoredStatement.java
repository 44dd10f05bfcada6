package dev.footnote.positions;

import java.util.Set;

import dev.footnote.positions.actors.Statement;

/**
 * A statement on the topic: how well it covers the topic (0..1), its analysed terms, and its sentence
 * embedding ({@code null} without embeddings), by which comparisons pair statements.
 */
record ScoredStatement(Statement statement, double coverage, Set<String> terms, float[] vector) {
}
