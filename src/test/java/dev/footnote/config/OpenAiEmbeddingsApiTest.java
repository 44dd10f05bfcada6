package dev.footnote.config;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.footnote.index.IndexFields;

/**
 * The whole app with {@code footnote.embedding.provider=openai} against WireMock playing an
 * OpenAI-compatible {@code /v1/embeddings}: the seed corpus is embedded remotely, in requests of at
 * most {@code batch-size} texts carrying the model, the dimensions and the key, and dense search
 * over those vectors answers through the HTTP API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenAiEmbeddingsApiTest {

    static final FakeEmbeddingServer fake = new FakeEmbeddingServer(64);

    @TempDir
    static Path indexDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> "corpus");
        registry.add("footnote.index.dir", () -> indexDir.toString());
        registry.add("footnote.embedding.provider", () -> "openai");
        registry.add("footnote.embedding.base-url", () -> fake.baseUrl() + "/v1");
        registry.add("footnote.embedding.model", () -> "text-embedding-3-small");
        registry.add("footnote.embedding.api-key", () -> "test-key");
        registry.add("footnote.embedding.dimensions", () -> "48");
        registry.add("footnote.embedding.batch-size", () -> "7");
    }

    @AfterAll
    static void stop() {
        fake.stop();
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void theCorpusIsEmbeddedByTheServerInBoundedRequests() throws IOException {
        List<LoggedRequest> requests = fake.server.findAll(postRequestedFor(urlPathEqualTo(FakeEmbeddingServer.OPENAI_PATH)));
        assertThat(requests).isNotEmpty();
        fake.server.verify(postRequestedFor(urlPathEqualTo(FakeEmbeddingServer.OPENAI_PATH))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("text-embedding-3-small")))
                .withRequestBody(matchingJsonPath("$.dimensions", equalTo("48"))));
        for (LoggedRequest request : requests) {
            assertThat(request.getBodyAsString()).doesNotContain("\"input\" : [ ]");
            int inputs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(request.getBodyAsString()).get("input").size();
            assertThat(inputs).isBetween(1, 7);
        }
        try (FSDirectory directory = FSDirectory.open(indexDir)) {
            assertThat(SegmentInfos.readLatestCommit(directory).getUserData())
                    .containsEntry(IndexFields.EMBEDDING_MODEL_KEY, "openai:text-embedding-3-small@48+sentences");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void denseSearchRunsOnTheRemoteVectors() {
        ResponseEntity<Map> response = http.getForEntity("/api/search?q=Vucevic armed forces police&mode=dense", Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) response.getBody().get("hits");
        assertThat(hits).isNotEmpty();
        assertThat((String) hits.get(0).get("text")).contains("Vu");
    }
}
