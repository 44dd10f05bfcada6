package dev.footnote.llm;

import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;

/**
 * One streamed answer, read under its {@link CallLimits}. The model's callbacks run on the HTTP
 * client's threads; they are queued and replayed on the caller's thread, so that the caller's
 * listener is only ever called from one thread. The answer is complete only with the model's
 * finish signal: a stream whose connection ends first, or that stopped at the token limit, is
 * {@link Unfinished}. A stream given up here (past the deadline, longer than allowed, the
 * caller's listener failed) is cancelled, so that its connection does not outlive the answer.
 */
final class ModelStream {

    private sealed interface Event permits Delta, Complete, Failed, Ended {
    }

    private record Delta(String text) implements Event {
    }

    private record Complete(ChatResponse response) implements Event {
    }

    private record Failed(Throwable error) implements Event {
    }

    /** The stream's connection ended; after a {@link Complete} this changes nothing. */
    private record Ended() implements Event {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    private final CallLimits limits;

    private ModelStream(CallLimits limits) {
        this.limits = limits;
    }

    /** Streams the answer to {@code request}, its text passed to {@code deltas} as it arrives; returns the finished response. */
    static ChatResponse read(StreamingChatModel model, ChatRequest request, CallLimits limits, Consumer<String> deltas) {
        ModelStream stream = new ModelStream(limits);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        BoundedHttpClient.streaming(() -> model.chat(request, stream.handler()), () -> stream.events.add(new Ended()));
        boolean finished = false;
        try {
            ChatResponse response = stream.replay(deadline, deltas);
            finished = true;
            return response;
        } finally {
            StreamingHandle h = stream.handle.get();
            if (!finished && h != null && !h.isCancelled()) {
                h.cancel();
            }
        }
    }

    private ChatResponse replay(long deadline, Consumer<String> deltas) {
        int chars = 0;
        while (true) {
            Event event;
            try {
                event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted while waiting for the model", e);
            }
            if (event == null) {
                // The HTTP client ends a late body too; this covers the time before the body begins.
                LimitExceeded limit = LimitExceeded.total(limits.timeout().toMillis());
                throw new TimeoutException(limit.getMessage(), limit);
            }
            if (event instanceof Delta d) {
                if (d.text() != null && !d.text().isEmpty()) {
                    chars += d.text().length();
                    if (chars > limits.maxAnswerChars()) {
                        throw new UncheckedIOException(LimitExceeded.tooLong(limits.maxAnswerChars()));
                    }
                    deltas.accept(d.text());
                }
            } else if (event instanceof Complete c) {
                FinishReason reason = c.response() == null ? null : c.response().finishReason();
                if (reason == null) {
                    throw Unfinished.withoutFinishSignal();
                }
                if (reason == FinishReason.LENGTH) {
                    throw Unfinished.atTokenLimit(limits);
                }
                return c.response();
            } else if (event instanceof Ended) {
                throw Unfinished.withoutFinishSignal();
            } else if (event instanceof Failed f) {
                throw f.error() instanceof RuntimeException r ? r : new RuntimeException(f.error());
            }
        }
    }

    private StreamingChatResponseHandler handler() {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                events.add(new Delta(text));
            }

            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                // The handle is what cancels the stream (closes its connection) when it is given up.
                handle.compareAndSet(null, context.streamingHandle());
                events.add(new Delta(partial.text()));
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                events.add(new Complete(response));
            }

            @Override
            public void onError(Throwable error) {
                events.add(new Failed(error));
            }
        };
    }
}
