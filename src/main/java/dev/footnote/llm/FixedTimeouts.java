package dev.footnote.llm;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;

/**
 * The HTTP client of the chat models, with the connect and read timeouts of
 * {@code footnote.llm.*}. LangChain4j's model builders have one {@code timeout} for both and
 * otherwise push their own defaults (15 s / 60 s) into the builder; those calls are ignored here.
 */
final class FixedTimeouts implements HttpClientBuilder {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    FixedTimeouts(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
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
        return JdkHttpClient.builder().connectTimeout(connectTimeout).readTimeout(readTimeout).build();
    }
}
