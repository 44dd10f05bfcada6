package dev.footnote.positions.actors;

import java.util.List;
import java.util.Objects;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

/**
 * A sentence of a passage that speaks for one or more actors.
 *
 * @param passage  where it is
 * @param span     the sentence: {@code passage.text().substring(span.start(), span.end())}
 * @param speakers the actors it speaks for, by canonical name; more than one for a joint statement
 * @param evidence why it is attributed to them, in words (e.g. "“He” → Milos Vucevic, the previous speaker")
 */
public record Statement(Passage passage, Sentences.Span span, List<String> speakers, String evidence) {

    public Statement {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(span, "span");
        speakers = List.copyOf(speakers);
        if (speakers.isEmpty()) {
            throw new IllegalArgumentException("a statement needs a speaker");
        }
    }

    public String text() {
        return span.of(passage.text());
    }

    public boolean joint() {
        return speakers.size() > 1;
    }

    /** The other speakers of a joint statement. */
    public List<String> coSpeakers(String actor) {
        return speakers.stream().filter(s -> !s.equals(actor)).toList();
    }
}
