package dev.footnote.llm;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;

/**
 * The HTTP client of remote embedding models: LangChain4j's JDK client with the connect and read
 * timeouts of {@code footnote.embedding.*}. The model builders push their own defaults (15 s / 60 s)
 * into any builder they are given; those calls are ignored here. Unlike the chat models' client,
 * the response size is not capped at an answer's length: a batch of vectors is longer.
 */
final class EmbeddingHttp implements HttpClientBuilder {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    EmbeddingHttp(Duration connectTimeout, Duration readTimeout) {
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
