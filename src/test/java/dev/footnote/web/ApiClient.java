package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A client of the running app for the tests: JSON chat, and the SSE stream parsed into events. */
final class ApiClient {

    /** One Server-Sent Event: its name and its data, parsed as JSON. */
    record Event(String name, JsonNode data) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    JsonNode chat(String message, String conversationId) throws Exception {
        HttpResponse<String> response = post("/api/chat", body(message, conversationId), "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** {@code POST /api/positions} with a raw JSON body; the answer must be 200. */
    JsonNode positions(String body) throws Exception {
        HttpResponse<String> response = post("/api/positions", body, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    List<Event> stream(String message, String conversationId) throws Exception {
        HttpResponse<String> response = post("/api/chat/stream", body(message, conversationId), "text/event-stream");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<Event> events = new ArrayList<>();
        for (String block : response.body().split("\\r?\\n\\r?\\n")) {
            String name = "message";
            List<String> data = new ArrayList<>();
            for (String line : block.split("\\r?\\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(name, json.readTree(String.join("\n", data))));
            }
        }
        return events;
    }

    /** The text of the {@code delta} events after the last {@code restart}, joined. */
    static String deltas(List<Event> events) {
        int from = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).name().equals("restart")) {
                from = i + 1;
            }
        }
        return events.subList(from, events.size()).stream().filter(e -> e.name().equals("delta"))
                .map(e -> e.data().get("text").asText()).collect(Collectors.joining());
    }

    static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }

    static Event last(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no '" + name + "' event in " + names(events)));
    }

    /** What one endpoint answered, in the terms the three chat endpoints share, and how long it took. */
    record Outcome(String endpoint, String answer, boolean grounded, String mode, List<String> warnings, int citations,
                   List<String> events, long millis) {

        @Override
        public String toString() {
            return endpoint + " (" + millis + " ms): mode=" + mode + " grounded=" + grounded + " citations=" + citations
                    + " warnings=" + warnings + (events.isEmpty() ? "" : " events=" + events) + " answer=\"" + shorten(answer) + "\"";
        }

        private static String shorten(String text) {
            return text.length() <= 160 ? text : text.substring(0, 120) + "…(" + text.length() + " chars)";
        }
    }

    /** One line per outcome, for assertion messages; printed too, so a test run shows what each endpoint answered. */
    static String describe(List<Outcome> outcomes) {
        String all = outcomes.stream().map(Outcome::toString).collect(Collectors.joining("\n  ", "\n  ", "\n"));
        System.out.println("Outcomes:" + all);
        return all;
    }

    /** {@code POST /api/chat}, as an {@link Outcome}. */
    Outcome chatOutcome(String message) throws Exception {
        long started = System.nanoTime();
        JsonNode answer = chat(message, null);
        return new Outcome("/api/chat", answer.get("answer").asText(), answer.get("grounded").asBoolean(), answer.get("mode").asText(),
                texts(answer.get("warnings")), answer.get("citations").size(), List.of(), millisSince(started));
    }

    /** {@code POST /api/chat/stream}, as an {@link Outcome} of its {@code done} event; the answer is the deltas after the last restart. */
    Outcome streamOutcome(String message) throws Exception {
        long started = System.nanoTime();
        List<Event> events = stream(message, null);
        JsonNode done = last(events, "done").data();
        assertThat(deltas(events)).as("the deltas after the last restart add up to the final answer")
                .isEqualTo(done.get("answer").asText());
        return new Outcome("/api/chat/stream", done.get("answer").asText(), done.get("grounded").asBoolean(), done.get("mode").asText(),
                texts(done.get("warnings")), done.get("citations").size(), names(events), millisSince(started));
    }

    /** {@code POST /v1/chat/completions} (not streamed), as an {@link Outcome}; the answer is the message content. */
    Outcome completionOutcome(String message) throws Exception {
        long started = System.nanoTime();
        ObjectNode body = json.createObjectNode().put("model", "footnote");
        body.putArray("messages").addObject().put("role", "user").put("content", message);
        HttpResponse<String> response = post("/v1/chat/completions", body.toString(), "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode completion = json.readTree(response.body());
        JsonNode extras = completion.get("footnote");
        return new Outcome("/v1/chat/completions", completion.at("/choices/0/message/content").asText(), extras.get("grounded").asBoolean(),
                extras.get("mode").asText(), texts(extras.get("warnings")), completion.get("citations").size(), List.of(),
                millisSince(started));
    }

    /** {@code POST /v1/chat/completions} as it stands: the {@code chat.completion} object. */
    JsonNode completion(String message) throws Exception {
        HttpResponse<String> response = post("/v1/chat/completions", completionBody(message, false), "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** {@code POST /v1/chat/completions} with {@code stream}: its {@code chat.completion.chunk} objects, {@code [DONE]} left out. */
    List<JsonNode> completionChunks(String message) throws Exception {
        HttpResponse<String> response = post("/v1/chat/completions", completionBody(message, true), "text/event-stream");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> chunks = new ArrayList<>();
        for (String line : response.body().split("\\r?\\n")) {
            if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
                chunks.add(json.readTree(line.substring(6)));
            }
        }
        return chunks;
    }

    private String completionBody(String message, boolean stream) {
        ObjectNode body = json.createObjectNode().put("model", "footnote").put("stream", stream);
        body.putArray("messages").addObject().put("role", "user").put("content", message);
        return body.toString();
    }

    /** {@code POST /v1/chat/completions} streamed, as an {@link Outcome}: the chunks' content joined, the extras of the stop chunk. */
    Outcome streamedCompletionOutcome(String message) throws Exception {
        long started = System.nanoTime();
        ObjectNode body = json.createObjectNode().put("model", "footnote").put("stream", true);
        body.putArray("messages").addObject().put("role", "user").put("content", message);
        HttpResponse<String> response = post("/v1/chat/completions", body.toString(), "text/event-stream");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        StringBuilder content = new StringBuilder();
        JsonNode extras = null;
        for (String event : response.body().split("\n\n")) {
            String data = event.substring("data: ".length());
            if (data.equals("[DONE]")) {
                break;
            }
            JsonNode chunk = json.readTree(data);
            content.append(chunk.at("/choices/0/delta/content").asText(""));
            if (chunk.has("footnote")) {
                extras = chunk.get("footnote");
            }
        }
        assertThat(extras).as("the stop chunk carries the footnote extras").isNotNull();
        return new Outcome("/v1/chat/completions (stream)", content.toString(), extras.get("grounded").asBoolean(),
                extras.get("mode").asText(), texts(extras.get("warnings")), 0, List.of(), millisSince(started));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String body(String message, String conversationId) {
        ObjectNode body = json.createObjectNode().put("message", message);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return body.toString();
    }

    private HttpResponse<String> post(String path, String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
