package dev.footnote.config;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * WireMock playing an embedding server, in the shapes the OpenAI ({@code POST /v1/embeddings}:
 * {@code input} list in, {@code data[].embedding} out) and Ollama ({@code POST /api/embed}:
 * {@code input} list in, {@code embeddings} out) APIs document. The vectors are hashed bags of
 * words, so texts that share words are near each other and dense search finds something real.
 */
final class FakeEmbeddingServer {

    static final String OPENAI_PATH = "/v1/embeddings";
    static final String OLLAMA_PATH = "/api/embed";

    final WireMockServer server;

    FakeEmbeddingServer(int dimension) {
        this(dimension, 0);
    }

    /** @param port a fixed port (to bring a stopped server back where the app expects it), or 0 for any free one */
    FakeEmbeddingServer(int dimension, int port) {
        server = new WireMockServer((port == 0 ? options().dynamicPort() : options().port(port))
                .bindAddress("127.0.0.1").extensions(new Embeddings(dimension)));
        server.start();
        answerNormally();
    }

    int port() {
        return server.port();
    }

    /** Both APIs answer with vectors again (after {@link #failWith}). */
    void answerNormally() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).willReturn(aResponse().withTransformers(Embeddings.NAME)));
        server.stubFor(post(urlPathEqualTo(OLLAMA_PATH)).willReturn(aResponse().withTransformers(Embeddings.NAME)));
    }

    /** Every embedding request fails with this HTTP status. */
    void failWith(int status) {
        server.resetAll();
        for (String path : List.of(OPENAI_PATH, OLLAMA_PATH)) {
            server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"overloaded\"}}")));
        }
    }

    /** Every embedding request is answered, but only after this many milliseconds. */
    void answerAfter(int millis) {
        server.resetAll();
        for (String path : List.of(OPENAI_PATH, OLLAMA_PATH)) {
            server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withTransformers(Embeddings.NAME).withFixedDelay(millis)));
        }
    }

    String baseUrl() {
        return server.baseUrl();
    }

    void stop() {
        server.stop();
    }

    /** The hashed bag-of-words vector of a text (not normalised: the client must do that). */
    static float[] vector(String text, int dimension) {
        float[] v = new float[dimension];
        v[0] = 0.01f; // never the zero vector
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), dimension)] += 1;
            }
        }
        return v;
    }

    static final class Embeddings implements ResponseDefinitionTransformerV2 {

        static final String NAME = "fake-embeddings";
        private final ObjectMapper json = new ObjectMapper();
        private final int defaultDimension;

        Embeddings(int defaultDimension) {
            this.defaultDimension = defaultDimension;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                int dimension = defaultDimension;
                JsonNode request = json.readTree(event.getRequest().getBodyAsString());
                if (request.has("dimensions")) {
                    dimension = request.get("dimensions").asInt();
                }
                List<String> inputs = new ArrayList<>();
                JsonNode input = request.get("input");
                if (input.isArray()) {
                    input.forEach(n -> inputs.add(n.asText()));
                } else {
                    inputs.add(input.asText());
                }
                ObjectNode body = json.createObjectNode();
                body.put("model", request.path("model").asText());
                if (event.getRequest().getUrl().contains(OPENAI_PATH)) {
                    body.put("object", "list");
                    ArrayNode data = body.putArray("data");
                    for (int i = 0; i < inputs.size(); i++) {
                        ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
                        ArrayNode vector = item.putArray("embedding");
                        for (float x : vector(inputs.get(i), dimension)) {
                            vector.add(x);
                        }
                    }
                    body.putObject("usage").put("prompt_tokens", inputs.size()).put("total_tokens", inputs.size());
                } else {
                    ArrayNode embeddings = body.putArray("embeddings");
                    for (String text : inputs) {
                        ArrayNode vector = embeddings.addArray();
                        for (float x : vector(text, dimension)) {
                            vector.add(x);
                        }
                    }
                }
                // like(): keeps the stub's delay, if any.
                return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(json.writeValueAsString(body)).build();
            } catch (Exception e) {
                return new ResponseDefinition(400, e.toString());
            }
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }
}
