package dev.footnote.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * The chat models' HTTP client: LangChain4j's, with the {@link CallLimits} enforced on every
 * response body. The JDK client's own timeout ends with the response headers, so a server that
 * sends its headers and then trickles or stalls the body would otherwise hold a call for as long
 * as it likes. Here every body is read through a {@link DeadlineStream}: the whole call ends by
 * {@code timeout}; a stream also ends after {@code idleTimeout} of silence; a whole (not streamed)
 * body is read up to {@link CallLimits#maxResponseBytes()}. A blocking call is made as a streamed
 * exchange whose body is read in one piece, so that the caller can stop waiting and the
 * connection is closed rather than left to the server.
 */
final class BoundedHttpClient implements HttpClient {

    /** One daemon thread closes the streams whose deadline has passed; it never reads or parses. */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    /** Set while the current thread starts a stream: told when the stream's connection has ended. */
    private static final ThreadLocal<Runnable> STREAM_END = new ThreadLocal<>();

    private final HttpClient delegate;
    private final CallLimits limits;

    BoundedHttpClient(HttpClient delegate, CallLimits limits) {
        this.delegate = delegate;
        this.limits = limits;
    }

    /**
     * Runs {@code start}, which starts a stream on this thread, and tells {@code onEnd} when that
     * stream's connection has ended, after the model's own handling of the end. A stream that ends
     * before the model's finish signal is broken; LangChain4j's Ollama client does not report it.
     */
    static void streaming(Runnable start, Runnable onEnd) {
        STREAM_END.set(onEnd);
        try {
            start.run();
        } finally {
            STREAM_END.remove();
        }
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        long started = System.nanoTime();
        long total = limits.timeout().toMillis();
        CompletableFuture<SuccessfulHttpResponse> result = new CompletableFuture<>();
        AtomicReference<SuccessfulHttpResponse> head = new AtomicReference<>();
        AtomicReference<DeadlineStream> body = new AtomicReference<>();
        ServerSentEventParser wholeBody = (in, listener) -> {
            DeadlineStream bounded = new DeadlineStream(in, WATCHDOG, started, total, 0, limits.maxResponseBytes(),
                    LimitExceeded.tooLong(limits.maxAnswerChars()));
            body.set(bounded);
            try (bounded) {
                String text = new String(bounded.readAllBytes(), StandardCharsets.UTF_8);
                SuccessfulHttpResponse headers = head.get();
                result.complete(SuccessfulHttpResponse.builder().statusCode(headers.statusCode()).headers(headers.headers())
                        .body(text).build());
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        };
        delegate.execute(request, wholeBody, new ServerSentEventListener() {
            @Override
            public void onOpen(SuccessfulHttpResponse response) {
                head.set(response);
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }
        });
        try {
            long left = total - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return result.get(Math.max(left, 0), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            LimitExceeded limit = LimitExceeded.total(total);
            DeadlineStream bounded = body.get();
            if (bounded != null) {
                bounded.expire(limit);
            }
            throw new TimeoutException(limit.getMessage(), limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        long started = System.nanoTime();
        Runnable onEnd = STREAM_END.get();
        ServerSentEventParser bounded = (in, l) -> parser.parse(new DeadlineStream(in, WATCHDOG, started,
                limits.timeout().toMillis(), limits.idleTimeout().toMillis(), Long.MAX_VALUE, null), l);
        delegate.execute(request, bounded, onEnd == null ? listener : new EndSignalling(listener, onEnd));
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new RuntimeException(cause);
    }

    /** Passes everything on, and tells {@code onEnd} once the connection has ended. */
    private record EndSignalling(ServerSentEventListener delegate, Runnable onEnd) implements ServerSentEventListener {

        @Override
        public void onOpen(SuccessfulHttpResponse response) {
            delegate.onOpen(response);
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            delegate.onEvent(event, context);
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            delegate.onEvent(event);
        }

        @Override
        public void onError(Throwable error) {
            delegate.onError(error);
        }

        @Override
        public void onClose() {
            try {
                delegate.onClose();
            } finally {
                onEnd.run();
            }
        }
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "llm-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
