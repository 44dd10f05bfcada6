package dev.footnote.llm;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;

/**
 * The HTTP client of the chat models: LangChain4j's JDK client, with the connect timeout and the
 * {@link CallLimits} of {@code footnote.llm.*} enforced on every response ({@link BoundedHttpClient}).
 * LangChain4j's model builders have one {@code timeout} for both and otherwise push their own
 * defaults (15 s / 60 s) into the builder; those calls are ignored here.
 */
final class FixedTimeouts implements HttpClientBuilder {

    private final Duration connectTimeout;
    private final CallLimits limits;

    FixedTimeouts(Duration connectTimeout, CallLimits limits) {
        this.connectTimeout = connectTimeout;
        this.limits = limits;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration ignored) {
        return this;
    }

    @Override
    public Duration readTimeout() {
        return limits.timeout();
    }

    @Override
    public HttpClientBuilder readTimeout(Duration ignored) {
        return this;
    }

    @Override
    public HttpClient build() {
        // The JDK client's own timeout covers the wait for the response headers; the body is bounded by BoundedHttpClient.
        return new BoundedHttpClient(JdkHttpClient.builder().connectTimeout(connectTimeout).readTimeout(limits.timeout()).build(), limits);
    }
}
