package dev.footnote.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JacksonException;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;

/**
 * Calls the configured model, blocking or streaming, and turns every way it can fail into an
 * {@link LlmFailure} with a reason a user can read. HTTP 429 and 5xx are retried with exponential
 * backoff ({@code backoff}, then twice that, …) up to {@code maxRetries} times; a stream is retried
 * only while none of its text has been passed on. Timeouts, refusals and unreadable responses are
 * not retried: the caller falls back at once. Every call keeps to its {@link CallLimits}: the HTTP
 * client ends a response that is too slow, falls silent mid-stream or is too long; an answer longer
 * than {@code maxAnswerChars}, one stopped at the token limit, or a stream that ended without the
 * model's finish signal is a failure too, for a cut answer must not pass as a whole one.
 */
public final class LlmClient {

    /** The model's text and the name of the model that wrote it. */
    public record Reply(String text, String model) {
    }

    /**
     * @param model  the configured model name, reported when the response names none
     * @param limits what one call may cost in time and text
     */
    public record Settings(String model, int maxRetries, Duration backoff, CallLimits limits) {

        /** Only the time limited: {@code timeout} for the whole call and for a stream's silences. */
        public Settings(String model, int maxRetries, Duration backoff, Duration timeout) {
            this(model, maxRetries, backoff, new CallLimits(timeout, timeout, Integer.MAX_VALUE, Integer.MAX_VALUE));
        }
    }

    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final Settings settings;

    public LlmClient(ChatModel chat, StreamingChatModel streaming, Settings settings) {
        this.chat = chat;
        this.streaming = streaming;
        this.settings = settings;
    }

    public String model() {
        return settings.model();
    }

    /** One complete answer to the request. */
    public Reply chat(ChatRequest request) throws LlmFailure {
        for (int attempt = 0; ; attempt++) {
            try {
                ChatResponse response = chat.chat(request);
                if (response != null && response.finishReason() == FinishReason.LENGTH) {
                    throw Unfinished.atTokenLimit(settings.limits());
                }
                return reply(response);
            } catch (RuntimeException e) {
                if (!retriable(e) || attempt >= settings.maxRetries()) {
                    throw failure(e, attempt);
                }
                backOff(attempt, e);
            }
        }
    }

    /** One answer, its text passed to {@code deltas} as it arrives; the complete reply is returned. */
    public Reply stream(ChatRequest request, Consumer<String> deltas) throws LlmFailure {
        boolean[] passedOn = {false};
        Consumer<String> tracking = text -> {
            passedOn[0] = true;
            try {
                deltas.accept(text);
            } catch (RuntimeException e) {
                throw new ListenerFailed(e);
            }
        };
        for (int attempt = 0; ; attempt++) {
            try {
                return reply(ModelStream.read(streaming, request, settings.limits(), tracking));
            } catch (ListenerFailed e) {
                // The receiver of the text failed (e.g. the client went away): not the model's fault.
                throw e.getCause();
            } catch (RuntimeException e) {
                if (passedOn[0] || !retriable(e) || attempt >= settings.maxRetries()) {
                    throw failure(e, attempt);
                }
                backOff(attempt, e);
            }
        }
    }

    private Reply reply(ChatResponse response) {
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new EmptyAnswer();
        }
        if (text.length() > settings.limits().maxAnswerChars()) {
            throw new UncheckedIOException(LimitExceeded.tooLong(settings.limits().maxAnswerChars()));
        }
        String model = response.modelName() == null || response.modelName().isBlank() ? settings.model() : response.modelName();
        return new Reply(text.strip(), model);
    }

    private static final class ListenerFailed extends RuntimeException {
        ListenerFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** The model answered, with nothing. */
    private static final class EmptyAnswer extends RuntimeException {
        EmptyAnswer() {
            super("empty answer");
        }
    }

    private void backOff(int attempt, RuntimeException e) {
        long millis = settings.backoff().toMillis() << Math.min(attempt, 16);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** 429 (rate limit) and 5xx (server trouble) may pass; anything else will fail again. */
    static boolean retriable(Throwable e) {
        int status = status(e);
        return status == 429 || status >= 500;
    }

    /**
     * The HTTP status behind a failure: exact when LangChain4j kept it, else 429 or 500 standing for
     * the rate-limit or server-error exception it mapped the status to; -1 when it was no HTTP error.
     */
    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException) {
                return 429;
            }
            if (t instanceof InternalServerException) {
                return 500;
            }
        }
        return -1;
    }

    private static boolean exactStatus(Throwable e) {
        return causedBy(e, HttpException.class);
    }

    private LlmFailure failure(RuntimeException e, int retries) {
        String after = retries == 0 ? "" : " after " + retries + (retries == 1 ? " retry" : " retries");
        int status = status(e);
        String reason;
        LimitExceeded limit = LimitExceeded.in(e);
        if (limit != null) {
            reason = limit.reason();
        } else if (e instanceof Unfinished unfinished) {
            reason = unfinished.reason();
        } else if (e instanceof EmptyAnswer) {
            reason = "returned an empty answer";
        } else if (status == 429) {
            reason = "kept refusing with HTTP 429 (rate limit)" + after;
        } else if (status >= 500) {
            reason = (exactStatus(e) ? "failed with HTTP " + status : "failed with a server error (HTTP 5xx)") + after;
        } else if (status > 0) {
            reason = "refused the request with HTTP " + status;
        } else if (causedBy(e, HttpConnectTimeoutException.class) || causedBy(e, ConnectException.class)) {
            reason = "could not be reached";
        } else if (e instanceof TimeoutException || causedBy(e, HttpTimeoutException.class)
                || causedBy(e, SocketTimeoutException.class)) {
            reason = "did not answer within " + settings.limits().timeout().toMillis() + " ms";
        } else if (!causedBy(e, JacksonException.class) && causedBy(e, IOException.class)) {
            reason = "could not be reached or dropped the connection";
        } else {
            reason = "returned a response that could not be read (" + e.getClass().getSimpleName() + ")";
        }
        return new LlmFailure(reason, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
