package dev.footnote.text;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an analysed text; every offset is into the whole analysed text.
 *
 * @param start    offset of the sentence's first character
 * @param end      offset after its last character
 * @param tokens   its tokens in order, with their tags
 * @param chunks   its phrases in order
 * @param entities its typed entity spans in order
 */
public record AnalyzedSentence(int start, int end, List<Token> tokens, List<Chunk> chunks, List<Entity> entities) {

    public AnalyzedSentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        chunks = List.copyOf(Objects.requireNonNull(chunks, "chunks"));
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    }

    /** The noun phrases of this sentence. */
    public List<Chunk> nounPhrases() {
        return chunks.stream().filter(Chunk::isNounPhrase).toList();
    }
}
