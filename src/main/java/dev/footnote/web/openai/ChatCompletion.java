package dev.footnote.web.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.footnote.answer.RemovedSentence;

/**
 * The OpenAI {@code chat.completion} object, plus two fields of Footnote's own that OpenAI clients
 * ignore: {@code citations} (structured, as in {@code /api/chat}) and {@code footnote} ({@link Extras} for an answer;
 * for {@code footnote-check}, the check report of {@code /api/check}).
 */
record ChatCompletion(String id, String object, long created, String model,
                      @JsonProperty("system_fingerprint") String systemFingerprint,
                      List<Choice> choices, Usage usage, List<?> citations, Object footnote) {

    record Choice(int index, Message message, Object logprobs, @JsonProperty("finish_reason") String finishReason) {
    }

    record Message(String role, String content, Object refusal) {
    }

    record Usage(@JsonProperty("prompt_tokens") int promptTokens,
                 @JsonProperty("completion_tokens") int completionTokens,
                 @JsonProperty("total_tokens") int totalTokens) {

        static Usage of(int prompt, int completion) {
            return new Usage(prompt, completion, prompt + completion);
        }
    }

    /**
     * What an OpenAI response has no field for: whether the answer is grounded, how it was found, and
     * the sentences the language model wrote that nothing backs (left out of the content).
     */
    record Extras(boolean grounded, String mode, String retrievalQuery, List<String> warnings, List<RemovedSentence> removed) {
    }

    /** One {@code chat.completion.chunk} of a streamed completion. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Chunk(String id, String object, long created, String model,
                 @JsonProperty("system_fingerprint") String systemFingerprint,
                 List<ChunkChoice> choices, Usage usage, List<?> citations, Object footnote) {
    }

    record ChunkChoice(int index, Delta delta, Object logprobs, @JsonProperty("finish_reason") String finishReason) {
    }

    /** The new part of the message; OpenAI's last chunk has an empty delta, hence no nulls here. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delta(String role, String content) {
    }
}
