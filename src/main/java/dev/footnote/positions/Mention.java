package dev.footnote.positions;

/** A name of {@code actor} at {@code [start, end)} of a text. */
record Mention(Actor actor, int start, int end) {
}
