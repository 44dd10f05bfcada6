package dev.footnote.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * What the two model APIs send back, byte for byte as the real servers do, for WireMock stubs:
 * OpenAI's {@code chat.completion} object and its {@code text/event-stream} chunks, Ollama's
 * {@code /api/chat} object and its NDJSON lines. The "unfinished" variants stop where a cut
 * connection would: without the finish chunk, {@code [DONE]} or Ollama's {@code "done": true}.
 */
final class LlmWire {

    static final String OPENAI_MODEL = "gpt-test-2024-08-06";
    static final String OLLAMA_MODEL = "llama3.1";

    private static final ObjectMapper json = new ObjectMapper();
    private static final String OPENAI_CHUNK_HEAD = "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\","
            + "\"created\":1732000000,\"model\":\"" + OPENAI_MODEL + "\",\"system_fingerprint\":\"fp_test\",";

    private LlmWire() {
    }

    /** An OpenAI completion that finished normally ({@code finish_reason: stop}). */
    static ResponseDefinitionBuilder openAiCompletion(String content) {
        return openAiCompletion(content, "stop");
    }

    /** An OpenAI completion with the given finish reason ({@code stop}, {@code length}, …). */
    static ResponseDefinitionBuilder openAiCompletion(String content, String finishReason) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(openAiCompletionBody(content, finishReason));
    }

    static String openAiCompletionBody(String content, String finishReason) {
        ObjectNode choice = json.createObjectNode().put("index", 0);
        choice.set("message", json.createObjectNode().put("role", "assistant").put("content", content));
        choice.putNull("logprobs").put("finish_reason", finishReason);
        ObjectNode body = json.createObjectNode()
                .put("id", "chatcmpl-123").put("object", "chat.completion").put("created", 1_732_000_000)
                .put("model", OPENAI_MODEL).put("system_fingerprint", "fp_test");
        body.set("choices", json.createArrayNode().add(choice));
        body.set("usage", json.createObjectNode().put("prompt_tokens", 812).put("completion_tokens", 41).put("total_tokens", 853));
        return body.toString();
    }

    /** OpenAI's streaming shape: a role chunk, one chunk per piece, a finish chunk, a usage chunk, then {@code [DONE]}. */
    static ResponseDefinitionBuilder openAiStream(String... pieces) {
        return eventStream(openAiStreamBody(true, pieces));
    }

    /** The chunks of {@link #openAiStream}, then the connection ends: no finish chunk, no usage, no {@code [DONE]}. */
    static ResponseDefinitionBuilder openAiUnfinishedStream(String... pieces) {
        return eventStream(openAiStreamBody(false, pieces));
    }

    static String openAiStreamBody(boolean finished, String... pieces) {
        StringBuilder body = new StringBuilder();
        body.append("data: ").append(OPENAI_CHUNK_HEAD)
                .append("\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        for (String piece : pieces) {
            body.append(openAiChunk(piece));
        }
        if (finished) {
            body.append("data: ").append(OPENAI_CHUNK_HEAD)
                    .append("\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}\n\n");
            body.append("data: ").append(OPENAI_CHUNK_HEAD)
                    .append("\"choices\":[],\"usage\":{\"prompt_tokens\":812,\"completion_tokens\":41,\"total_tokens\":853}}\n\n");
            body.append("data: [DONE]\n\n");
        }
        return body.toString();
    }

    /** One {@code data:} event carrying {@code piece} as delta content. */
    static String openAiChunk(String piece) {
        return "data: " + OPENAI_CHUNK_HEAD + "\"choices\":[{\"index\":0,\"delta\":{\"content\":"
                + json.valueToTree(piece) + "},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
    }

    static ResponseDefinitionBuilder eventStream(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    /** One Ollama {@code /api/chat} line; the last one has {@code "done": true}, the reason and the counts. */
    static ObjectNode ollamaChunk(String content, boolean done) {
        ObjectNode chunk = json.createObjectNode().put("model", OLLAMA_MODEL).put("created_at", "2024-11-28T01:00:00.000000Z");
        chunk.set("message", json.createObjectNode().put("role", "assistant").put("content", content));
        if (done) {
            chunk.put("done_reason", "stop").put("done", true).put("total_duration", 4_935_886_791L)
                    .put("load_duration", 534_986_708L).put("prompt_eval_count", 812).put("prompt_eval_duration", 107_345_000L)
                    .put("eval_count", 41).put("eval_duration", 4_289_432_000L);
        } else {
            chunk.put("done", false);
        }
        return chunk;
    }

    /** A whole (non-streamed) Ollama answer. */
    static ResponseDefinitionBuilder ollamaReply(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ollamaChunk(content, true).toString());
    }

    /** Ollama streams one JSON object per line; the last has {@code "done": true} and the counts. */
    static ResponseDefinitionBuilder ollamaStream(String... pieces) {
        return ndjson(ollamaStreamBody(true, pieces));
    }

    /** The lines of {@link #ollamaStream} without the final {@code "done": true} one. */
    static ResponseDefinitionBuilder ollamaUnfinishedStream(String... pieces) {
        return ndjson(ollamaStreamBody(false, pieces));
    }

    static String ollamaStreamBody(boolean finished, String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) {
            body.append(ollamaChunk(piece, false)).append('\n');
        }
        if (finished) {
            body.append(ollamaChunk("", true)).append('\n');
        }
        return body.toString();
    }

    static ResponseDefinitionBuilder ndjson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson").withBody(body);
    }
}
