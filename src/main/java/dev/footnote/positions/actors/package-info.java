/**
 * Actor detection: who speaks in the corpus (states, organisations, people), under which names, and which
 * sentences speak for each of them. Used by {@code positions}; depends on {@code corpus} only.
 */
package dev.footnote.positions.actors;
