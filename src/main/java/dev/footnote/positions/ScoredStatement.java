package dev.footnote.positions;

import java.util.Set;

/** A statement on the topic: how well it covers the topic (0..1) and its analysed terms. */
record ScoredStatement(Statement statement, double coverage, Set<String> terms) {
}
