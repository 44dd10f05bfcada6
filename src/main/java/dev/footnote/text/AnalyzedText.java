package dev.footnote.text;

import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences, tokens, phrases and entities; offsets point into {@link #text()}.
 *
 * @param text      the analysed text, unchanged
 * @param sentences its sentences in order
 */
public record AnalyzedText(String text, List<AnalyzedSentence> sentences) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    }

    /** Every token, sentence after sentence. */
    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }

    /** Every entity span, in text order. */
    public List<Entity> entities() {
        return sentences.stream().flatMap(s -> s.entities().stream()).toList();
    }

    /** Every noun phrase, in text order. */
    public List<Chunk> nounPhrases() {
        return sentences.stream().flatMap(s -> s.nounPhrases().stream()).toList();
    }

    /** The text of a span of this text. */
    public String substring(int start, int end) {
        return text.substring(start, end);
    }
}
