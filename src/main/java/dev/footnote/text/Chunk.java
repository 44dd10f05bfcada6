package dev.footnote.text;

import java.util.Objects;

/**
 * A phrase found by the chunker: a noun phrase ({@code NP}), verb phrase ({@code VP}), prepositional
 * phrase ({@code PP}) and so on.
 *
 * @param type       the chunk type as the chunker names it
 * @param start      offset of its first character in the analysed text
 * @param end        offset after its last character
 * @param firstToken index of its first token in the sentence
 * @param endToken   index after its last token in the sentence
 */
public record Chunk(String type, int start, int end, int firstToken, int endToken) {

    public Chunk {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start || firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad chunk bounds");
        }
    }

    public boolean isNounPhrase() {
        return type.equals("NP");
    }
}
