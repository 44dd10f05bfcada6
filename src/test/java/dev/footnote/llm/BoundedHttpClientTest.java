package dev.footnote.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.sse.DefaultServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventListener;

/**
 * The limits on a response body, against a JDK HTTP server on loopback that sends its headers at
 * once and then its body exactly as slowly as each test needs (which WireMock cannot: its delays
 * hold back the headers too). Limits are a few hundred milliseconds; the server's stalls are
 * seconds, so a test that passes gave up early rather than waited it out.
 */
class BoundedHttpClientTest {

    private static final CallLimits LIMITS = new CallLimits(Duration.ofMillis(1000), Duration.ofMillis(300), 100, 1000);
    private static final long STALL_MS = 5000;

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/stall", exchange -> respond(exchange, out -> {
            out.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
            out.flush();
            pause(STALL_MS);
            out.write("1}".getBytes(StandardCharsets.UTF_8));
        }));
        server.createContext("/trickle", exchange -> respond(exchange, out -> {
            for (int i = 0; i < 50; i++) {
                out.write(("data: {\"n\":" + i + "}\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                pause(100);
            }
        }));
        server.createContext("/silent-mid-stream", exchange -> respond(exchange, out -> {
            out.write("data: {\"n\":1}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            pause(STALL_MS);
            out.write("data: {\"n\":2}\n\n".getBytes(StandardCharsets.UTF_8));
        }));
        server.createContext("/huge", exchange -> respond(exchange, out -> {
            byte[] line = ("{\"text\":\"" + "a".repeat(1000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10_000; i++) {
                out.write(line);
            }
        }));
        server.createContext("/short", exchange -> respond(exchange, out ->
                out.write("data: {\"n\":1}\n\ndata: {\"n\":2}\n\n".getBytes(StandardCharsets.UTF_8))));
        server.createContext("/error", exchange -> {
            byte[] body = "{\"error\":\"overloaded\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        // The first exchange of a JVM is slow (class loading, the client's selector thread): not what is tested here.
        client().execute(post("/short"));
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void aBlockingCallWhoseBodyStallsAfterTheHeadersEndsAtTheTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> client().execute(post("/stall")))
                .satisfies(e -> assertThat(LimitExceeded.in(e).reason()).isEqualTo("did not answer within 1000 ms"));
        assertThat(millisSince(started)).isLessThan(STALL_MS);
    }

    @Test
    void aBlockingCallWhoseBodyTricklesEndsAtTheTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> client().execute(post("/trickle")))
                .satisfies(e -> assertThat(LimitExceeded.in(e).reason()).isEqualTo("did not answer within 1000 ms"));
        assertThat(millisSince(started)).isLessThan(STALL_MS);
    }

    @Test
    void aBlockingBodyLongerThanTheLimitIsNotReadToTheEnd() {
        assertThatThrownBy(() -> client().execute(post("/huge")))
                .satisfies(e -> assertThat(LimitExceeded.in(e).reason()).contains("more than the 1000 characters allowed"));
    }

    @Test
    void anHttpErrorKeepsItsStatus() {
        assertThatThrownBy(() -> client().execute(post("/error")))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    }

    @Test
    void aStreamThatFallsSilentAfterItsFirstEventEndsAtTheIdleTimeout() throws Exception {
        Recorder recorder = new Recorder();
        long started = System.nanoTime();

        BoundedHttpClient.streaming(() -> client().execute(post("/silent-mid-stream"), new DefaultServerSentEventParser(), recorder),
                () -> recorder.log.add("end"));

        assertThat(recorder.awaitEnd()).containsExactly("event {\"n\":1}", "error fell silent for 300 ms mid-answer", "close", "end");
        assertThat(millisSince(started)).isLessThan(STALL_MS);
    }

    @Test
    void aStreamThatKeepsTricklingEndsAtTheTotalTimeout() throws Exception {
        Recorder recorder = new Recorder();
        // Silences up to 900 ms allowed: a slow machine's gaps between the 100 ms pieces must not count as silence.
        CallLimits patient = new CallLimits(LIMITS.timeout(), Duration.ofMillis(900), 100, 1000);

        BoundedHttpClient.streaming(() -> client(patient).execute(post("/trickle"), new DefaultServerSentEventParser(), recorder),
                () -> recorder.log.add("end"));

        List<String> log = recorder.awaitEnd();
        assertThat(log).contains("error did not answer within 1000 ms").endsWith("close", "end");
        assertThat(log.stream().filter(s -> s.startsWith("event"))).as(log.toString()).hasSizeBetween(2, 10);
    }

    @Test
    void theEndOfAStreamIsSignalledAfterTheListenerHasSeenItsClose() throws Exception {
        Recorder recorder = new Recorder();

        BoundedHttpClient.streaming(() -> client().execute(post("/short"), new DefaultServerSentEventParser(), recorder),
                () -> recorder.log.add("end"));

        assertThat(recorder.awaitEnd()).containsExactly("event {\"n\":1}", "event {\"n\":2}", "close", "end");
    }

    private BoundedHttpClient client() {
        return client(LIMITS);
    }

    private static BoundedHttpClient client(CallLimits limits) {
        return new BoundedHttpClient(JdkHttpClient.builder().connectTimeout(Duration.ofSeconds(2))
                .readTimeout(limits.timeout()).build(), limits);
    }

    private HttpRequest post(String path) {
        return HttpRequest.builder().method(HttpMethod.POST)
                .url("http://127.0.0.1:" + server.getAddress().getPort() + path)
                .addHeader("Content-Type", "application/json").body("{}").build();
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void respond(HttpExchange exchange, Body body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            body.write(out);
        } catch (IOException e) {
            // The client gave up and closed the connection: expected in most of these tests.
        }
    }

    private void pause(long millis) {
        try {
            release.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Writes down what a stream's listener is told, in order. */
    private static final class Recorder implements ServerSentEventListener {

        final List<String> log = new CopyOnWriteArrayList<>();
        private final BlockingQueue<Boolean> ended = new LinkedBlockingQueue<>();

        @Override
        public void onEvent(ServerSentEvent event) {
            log.add("event " + event.data());
        }

        @Override
        public void onError(Throwable error) {
            LimitExceeded limit = LimitExceeded.in(error);
            log.add("error " + (limit == null ? error.toString() : limit.reason()));
        }

        @Override
        public void onClose() {
            log.add("close");
        }

        List<String> awaitEnd() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!log.contains("end") && System.nanoTime() < deadline) {
                ended.poll(20, TimeUnit.MILLISECONDS);
            }
            return List.copyOf(log);
        }
    }
}
