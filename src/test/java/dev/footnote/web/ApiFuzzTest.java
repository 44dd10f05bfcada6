package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A seeded fuzz of every endpoint: generated bodies (well-formed with hostile values, wrong types,
 * broken JSON, random bytes, deep nesting, duplicate keys) and query strings, odd methods, paths
 * and media types. Whatever comes in: never a 5xx, never a stack trace, every error in the API's
 * own shape (problem+json; an OpenAI error object under /v1), every stream error event a 4xx, and
 * no ERROR in the log. Repeat a run with {@code -Dfuzz.seed=…}; {@code -Dfuzz.requests=…} sets the count.
 */
@FootnoteServerTest
@ExtendWith(OutputCaptureExtension.class)
class ApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3_000);
    private static final int MAX_QUERY_CHARS = 60;

    private static final String[] NASTY = {
            "", " ", "\u200b", "\ufeff", "\u0000", "\u0085", "\u0301", "\ud800", "\udfff", "\ufffd", "\u2028",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "../../../../etc/passwd",
            "%00", "%s%s%n", "${jndi:ldap://x}", "{{7*7}}", "[1]", "[99]", "Kosovo", "Vucevic", "What did Vucevic say?",
            "\\", "\"", "\n\n", "null", "NaN", "-1", "1e309", "*", "?", "AND OR NOT", "title:(a", "\"unbalanced",
            "a~2", "/regex/", "field:*"};
    private static final String[] CONTENT_TYPES = {
            "application/json", "application/json", "application/json", "application/json; charset=UTF-8",
            "application/json; charset=ISO-8859-1", "text/plain", "*/*", "application/*", "garbage", "",
            "multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "application/xml", "text/event-stream"};
    private static final String[] POSTS = {"/api/chat", "/api/chat/stream", "/api/positions", "/v1/chat/completions"};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"};

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noInputGivesA5xxAStackTraceOrAnErrorOutsideTheApisShape(CapturedOutput log) throws Exception {
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Long> millis = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            HttpRequest request = request(random);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.merge(request.method() + " " + endpoint(request.uri().getRawPath()) + " " + response.statusCode(),
                    (System.nanoTime() - start) / 1_000_000, Long::sum);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = check(request, response);
            if (problem != null && failures.size() < 20) {
                failures.add("#" + i + " " + request.method() + " " + abbreviate(request.uri().toString()) + ": " + problem);
            }
        }
        System.out.printf("API fuzz: %d requests, seed %d, statuses %s%n", REQUESTS, SEED, statuses);
        System.out.printf("API fuzz: milliseconds by request kind, most first: %s%n", millis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList());
        assertThat(failures).as("seed %d", SEED).isEmpty();
        assertThat(log.getAll().lines().filter(l -> l.contains(" ERROR ")).toList()).as("errors logged").isEmpty();
        assertThat(statuses.keySet()).as("the fuzz reaches both answers and refusals").contains(200, 400);
    }

    /** Every Accept a client may send, on the read endpoints, GET and HEAD: a 200 or a 4xx, never a 5xx. */
    @Test
    void anyAcceptHeaderGetsA200OrA4xx(CapturedOutput log) throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/v1/models", "/v1/models/footnote", "/v1/models/nope", "/v1/chat/completions",
                "/api/documents", "/api/index", "/api/search?q=Kosovo", "/api/passages/nope")) {
            for (String accept : List.of("text/plain", "text/html", "application/xml", "image/png", "*/*", "text/event-stream",
                    "application/json;q=0", "application/*", "nonsense")) {
                for (String method : List.of("GET", "HEAD")) {
                    HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Accept", accept)
                            .method(method, HttpRequest.BodyPublishers.noBody()).build();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() >= 500) {
                        failures.add(method + " " + path + " Accept: " + accept + " -> " + response.statusCode());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(log.getAll().lines().filter(l -> l.contains(" ERROR ")).toList()).as("errors logged").isEmpty();
    }

    /** One file more than footnote.corpus.max-files-per-upload (50): 413 naming the limit, not a 400 about the body. */
    @Test
    void fiftyOneFilesGetA413NamingTheLimit() throws Exception {
        String boundary = "fuzz-boundary";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f")
                    .append(i).append(".txt\"\r\nContent-Type: text/plain\r\n\r\nFile number ").append(i).append(".\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("footnote.corpus.max-files-per-upload").contains("50");
    }

    /** What is wrong with the response, or null. */
    private String check(HttpRequest request, HttpResponse<byte[]> response) throws Exception {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean openAi = request.uri().getRawPath().startsWith("/v1/");
        if (status >= 500) {
            return status + " " + abbreviate(body);
        }
        if (body.contains("\tat ") || body.contains("Exception") || status >= 400 && body.contains("<html")) {
            return "stack trace or HTML in " + abbreviate(body);
        }
        if (status >= 400 && !request.method().equals("HEAD")) {
            if (openAi) {
                if (!type.startsWith("application/json") || !json.readTree(body).path("error").has("message")) {
                    return status + " not an OpenAI error: " + type + " " + abbreviate(body);
                }
            } else if (!type.startsWith("application/problem+json") || json.readTree(body).path("status").asInt() != status) {
                return status + " not problem+json: " + type + " " + abbreviate(body);
            }
        }
        if (status == 200 && type.startsWith("text/event-stream")) {
            for (String line : body.split("\n")) {
                if (line.startsWith("data:") && line.contains("\"status\":5")) {
                    return "stream error event " + abbreviate(line);
                }
            }
        }
        return null;
    }

    private HttpRequest request(Random random) {
        int kind = random.nextInt(100);
        if (kind < 45) {
            String path = POSTS[random.nextInt(POSTS.length)];
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body(random, path)));
            String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            if (!type.isEmpty()) {
                b.header("Content-Type", type);
            }
            if (random.nextInt(4) == 0) {
                b.header("Accept", random.nextBoolean() ? "text/event-stream" : "text/html");
            }
            return b.build();
        }
        if (kind < 75) {
            StringBuilder query = new StringBuilder("/api/search");
            String sep = "?";
            if (random.nextInt(10) > 0) {
                query.append(sep).append("q=").append(encodedText(random));
                sep = "&";
            }
            if (random.nextBoolean()) {
                query.append(sep).append("limit=").append(pick(random, "1", "10", "0", "-5", "101", "abc", "1e3", "99999999999", ""));
                sep = "&";
            }
            if (random.nextBoolean()) {
                query.append(sep).append("mode=").append(pick(random, "bm25", "dense", "hybrid", "BM25", "x", "", "%00"));
            }
            return HttpRequest.newBuilder(uri(query.toString())).timeout(Duration.ofSeconds(60)).GET().build();
        }
        String path = pick(random, "/api/passages/" + encodedText(random), "/api/documents", "/v1/models",
                "/v1/models/" + encodedText(random), "/api/" + encodedText(random), "/v1/" + encodedText(random),
                "/", "/index.html", "/error", "/actuator/health", "/actuator/env", "/%2e%2e/%2e%2e/etc/passwd",
                "/api/chat", "/v1/chat/completions", "/api/documents/" + encodedText(random));
        String method = METHODS[random.nextInt(METHODS.length)];
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("HEAD") || method.equals("TRACE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body(random, path));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).method(method, body);
        if (body.contentLength() > 0) {
            b.header("Content-Type", "application/json");
        }
        return b.build();
    }

    private byte[] body(Random random, String path) {
        int shape = random.nextInt(10);
        String text = switch (shape) {
            case 0, 1, 2, 3 -> wellFormed(random, path);
            case 4 -> jsonValue(random, 0);
            case 5 -> {
                String whole = wellFormed(random, path);
                yield whole.substring(0, random.nextInt(whole.length() + 1));
            }
            case 6 -> "[".repeat(random.nextInt(3_000)) + "]".repeat(random.nextInt(10));
            case 7 -> "{\"message\": " + jsonValue(random, 0) + ", \"message\": " + jsonValue(random, 0) + "}";
            case 8 -> null;
            default -> "";
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The endpoint's own shape, with hostile or wrongly typed values. */
    private String wellFormed(Random random, String path) {
        return switch (path) {
            case "/api/positions" -> "{\"topic\": " + value(random) + (random.nextBoolean() ? ", \"actors\": "
                    + (random.nextBoolean() ? "[" + value(random) + ", " + value(random) + "]" : value(random)) : "") + "}";
            case "/v1/chat/completions" -> "{\"model\": " + (random.nextInt(3) > 0 ? "\"footnote\"" : value(random))
                    + ", \"messages\": " + messages(random)
                    + (random.nextInt(4) == 0 ? ", \"stream\": " + pick(random, "true", "false", "\"yes\"", "1", "null") : "")
                    + (random.nextInt(6) == 0 ? ", \"n\": " + pick(random, "1", "2", "0", "-1", "\"1\"") : "")
                    + (random.nextInt(6) == 0 ? ", \"tools\": " + jsonValue(random, 1) : "")
                    + (random.nextInt(6) == 0 ? ", \"response_format\": " + jsonValue(random, 1) : "") + "}";
            default -> "{\"message\": " + value(random)
                    + (random.nextInt(3) == 0 ? ", \"conversationId\": " + value(random) : "") + "}";
        };
    }

    private String messages(Random random) {
        if (random.nextInt(5) == 0) {
            return jsonValue(random, 0);
        }
        StringBuilder list = new StringBuilder("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            list.append(i == 0 ? "" : ", ");
            list.append(random.nextInt(8) == 0 ? jsonValue(random, 1) : "{\"role\": "
                    + pick(random, "\"user\"", "\"user\"", "\"assistant\"", "\"system\"", "\"tool\"", "null", "1")
                    + ", \"content\": " + (random.nextInt(4) == 0 ? "[{\"type\": \"text\", \"text\": " + value(random) + "}]"
                    : value(random)) + "}");
        }
        return list.append("]").toString();
    }

    /** Mostly a string, sometimes another JSON type. */
    private String value(Random random) {
        return random.nextInt(5) == 0 ? jsonValue(random, 2) : quote(text(random));
    }

    private String jsonValue(Random random, int depth) {
        int pick = random.nextInt(depth > 3 ? 5 : 7);
        return switch (pick) {
            case 0 -> quote(text(random));
            case 1 -> pick(random, "0", "-1", "42", "3.5", "1e309", "-0", "123456789012345678901234567890");
            case 2 -> pick(random, "true", "false");
            case 3 -> "null";
            case 4 -> quote("");
            case 5 -> "[" + jsonValue(random, depth + 1) + ", " + jsonValue(random, depth + 1) + "]";
            default -> "{" + quote(text(random)) + ": " + jsonValue(random, depth + 1) + "}";
        };
    }

    private String text(Random random) {
        int pick = random.nextInt(6);
        if (pick < 3) {
            return NASTY[random.nextInt(NASTY.length)];
        }
        StringBuilder text = new StringBuilder();
        int length = pick == 5 ? random.nextInt(1_500) : random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int c = switch (random.nextInt(4)) {
                case 0 -> 'a' + random.nextInt(26);
                case 1 -> ' ';
                case 2 -> random.nextInt(0x80);
                default -> random.nextInt(0x10000);
            };
            text.append((char) c);
        }
        return text.toString();
    }

    /** JSON string syntax with every non-ASCII character escaped, so lone surrogates arrive as themselves. */
    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Percent-encoded bytes of a hostile text, sometimes of bytes that are no UTF-8 at all. */
    private String encodedText(Random random) {
        byte[] bytes;
        if (random.nextInt(6) == 0) {
            bytes = new byte[1 + random.nextInt(12)];
            random.nextBytes(bytes);
        } else {
            // Short: long texts are fuzzed in the bodies; a long query only makes the search slower, not different.
            String text = text(random);
            bytes = (text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text).getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                encoded.append((char) c);
            } else {
                encoded.append(String.format("%%%02X", c));
            }
        }
        return encoded.toString();
    }

    /** The endpoint a path belongs to, for the timing summary. */
    private static String endpoint(String path) {
        String[] parts = path.split("/", 4);
        return parts.length < 3 ? path : "/" + parts[1] + "/" + parts[2];
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
