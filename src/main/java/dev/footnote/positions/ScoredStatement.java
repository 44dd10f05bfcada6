package dev.footnote.positions;

import java.util.Set;

import dev.footnote.positions.actors.Statement;

/** A statement on the topic: how well it covers the topic (0..1) and its analysed terms. */
record ScoredStatement(Statement statement, double coverage, Set<String> terms) {
}
