package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Conversations written to test follow-ups: each chain opens with a standalone question and goes on
 * with follow-ups that lean on it ("And when was it founded?"). A follow-up is resolved when the
 * standalone query it is rewritten into names what it refers to.
 *
 * @param chains the conversations
 */
public record FollowUpChains(List<Chain> chains) {

    public FollowUpChains {
        chains = List.copyOf(chains);
    }

    /**
     * @param corpus  {@code squad} (a SQuAD dev article) or {@code seed} (the corpus folder shipped with the app)
     * @param article the SQuAD article title, for {@code squad}
     * @param turns   the messages, in order
     */
    public record Chain(String corpus, String article, List<Step> turns) {

        public Chain {
            turns = List.copyOf(turns);
            if (turns.size() < 2) {
                throw new IllegalArgumentException("a chain needs a question and at least one follow-up");
            }
        }
    }

    /**
     * @param question what the user types
     * @param quote    a sentence of the corpus that answers it (lets tests replay the chain without an index)
     * @param refersTo for a follow-up: what its standalone query must name (case-insensitive); null on the first turn
     * @param answers  gold answers of the question, if known
     */
    public record Step(String question, String quote, String refersTo, List<String> answers) {

        public Step {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    public static FollowUpChains read(Path file) {
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(file.toFile(), FollowUpChains.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the follow-up chains " + file.toAbsolutePath(), e);
        }
    }
}
