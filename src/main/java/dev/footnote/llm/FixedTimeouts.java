package dev.footnote.llm;

import java.time.Duration;
import java.util.function.UnaryOperator;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;

/**
 * The HTTP client of the models: LangChain4j's JDK client with our connect and read timeouts.
 * LangChain4j's model builders push their own defaults (15 s / 60 s) into any builder they are
 * given; those calls are ignored here, so {@code footnote.llm.*} and {@code footnote.embedding.*}
 * decide. Chat models wrap the client in a {@link BoundedHttpClient} (a total deadline and a size
 * cap on every answer); embedding models do not, since a batch of vectors is longer than an answer.
 */
final class FixedTimeouts implements HttpClientBuilder {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final UnaryOperator<HttpClient> wrapper;

    private FixedTimeouts(Duration connectTimeout, Duration readTimeout, UnaryOperator<HttpClient> wrapper) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.wrapper = wrapper;
    }

    /** For chat models: the JDK client's timeout covers the wait for the headers; the body is bounded by {@code limits}. */
    static FixedTimeouts forChat(Duration connectTimeout, CallLimits limits) {
        return new FixedTimeouts(connectTimeout, limits.timeout(), client -> new BoundedHttpClient(client, limits));
    }

    /** For embedding models: connect and read timeouts only. */
    static FixedTimeouts forEmbeddings(Duration connectTimeout, Duration readTimeout) {
        return new FixedTimeouts(connectTimeout, readTimeout, UnaryOperator.identity());
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
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration ignored) {
        return this;
    }

    @Override
    public HttpClient build() {
        return wrapper.apply(JdkHttpClient.builder().connectTimeout(connectTimeout).readTimeout(readTimeout).build());
    }
}
