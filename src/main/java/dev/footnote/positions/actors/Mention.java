package dev.footnote.positions.actors;

/** A name of {@code actor} at {@code [start, end)} of a text. */
public record Mention(Actor actor, int start, int end) {
}
