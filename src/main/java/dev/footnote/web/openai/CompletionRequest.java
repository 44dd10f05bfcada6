package dev.footnote.web.openai;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;

/**
 * The part of an OpenAI {@code POST /v1/chat/completions} body that Footnote reads. Sampling knobs
 * (temperature, …) are accepted and ignored: the answer is extractive or grounded by construction;
 * {@code max_tokens} (or {@code max_completion_tokens}) caps what is written, at a sentence boundary ({@link TokenCap}). What would change the shape of the answer ({@code tools}, {@code functions}, a
 * {@code response_format} other than text, {@code n > 1}) is read only to be refused by name.
 */
record CompletionRequest(String model, List<Message> messages, Boolean stream,
                         @JsonProperty("stream_options") StreamOptions streamOptions, Integer n,
                         @JsonProperty("response_format") JsonNode responseFormat, JsonNode tools, JsonNode functions,
                         @JsonProperty("max_tokens") Integer maxTokens,
                         @JsonProperty("max_completion_tokens") Integer maxCompletionTokens) {

    /** The cap on the tokens written: {@code max_completion_tokens} (OpenAI's newer name) or {@code max_tokens}; null for none. */
    Integer tokenCap() {
        return maxCompletionTokens != null ? maxCompletionTokens : maxTokens;
    }

    /** The first parameter Footnote cannot honour, or {@code null}: a tool call or a JSON answer would have no citations. */
    String unsupportedParameter() {
        if (n != null && n != 1) {
            return "n";
        }
        if (present(tools)) {
            return "tools";
        }
        if (present(functions)) {
            return "functions";
        }
        if (present(responseFormat) && !"text".equals(responseFormat.path("type").asText())) {
            return "response_format";
        }
        return null;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !(node.isContainerNode() && node.isEmpty());
    }

    /** One message; {@code content} is a string or an array of parts ({@code {"type":"text","text":…}}). */
    record Message(String role, JsonNode content) {

        /** The text of the message: the string, or its text parts joined; empty when there is none. */
        String text() {
            if (content == null || content.isNull()) {
                return "";
            }
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if (part.path("type").asText().equals("text")) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(part.path("text").asText());
                }
            }
            return text.toString();
        }
    }

    record StreamOptions(@JsonProperty("include_usage") Boolean includeUsage) {
    }

    boolean streaming() {
        return Boolean.TRUE.equals(stream);
    }

    boolean usageInStream() {
        return streamOptions != null && Boolean.TRUE.equals(streamOptions.includeUsage());
    }

    /** The last user message with text: the question. System messages never enter it. */
    String question() {
        return messages.get(lastQuestion()).text().strip();
    }

    /** The user and assistant messages before the question, for the chat layer's follow-up rewriting. */
    List<ChatMessage> earlier() {
        List<ChatMessage> earlier = new ArrayList<>();
        for (Message m : messages.subList(0, lastQuestion())) {
            if (m.text().isBlank()) {
                continue;
            }
            if ("user".equals(m.role())) {
                earlier.add(UserMessage.from(m.text().strip()));
            } else if ("assistant".equals(m.role())) {
                earlier.add(AiMessage.from(m.text().strip()));
            }
        }
        return earlier;
    }

    private int lastQuestion() {
        if (messages == null || messages.isEmpty()) {
            throw OpenAiException.invalid("'messages' must hold at least one message.", "messages");
        }
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) == null) {
                throw OpenAiException.invalid("'messages[" + i + "]' must be an object with 'role' and 'content'.", "messages");
            }
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role()) && !messages.get(i).text().isBlank()) {
                return i;
            }
        }
        throw OpenAiException.invalid("'messages' must hold a user message with text: it is the question.", "messages");
    }
}
