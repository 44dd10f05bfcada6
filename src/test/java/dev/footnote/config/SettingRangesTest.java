package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A value out of its range stops start-up naming the key and the value, rather than failing each search or indexing
 * call at run time (a commit size of 0) or quietly turning a ranking upside down (a negative weight).
 */
class SettingRangesTest {

    private static <T> T bind(Class<T> type, String prefix, Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate(prefix, type);
    }

    @Test
    void theDefaultsAndTheValuesAtTheEdgesOfTheirRangesBind() {
        assertThat(bind(RetrievalProperties.class, "footnote.retrieval", Map.of()).denseSearchDepth()).isEqualTo(100);
        RetrievalProperties edges = bind(RetrievalProperties.class, "footnote.retrieval", Map.of(
                "footnote.retrieval.sentence-weight", "0", "footnote.retrieval.sentence-candidates", "0",
                "footnote.retrieval.bm25-b", "1", "footnote.retrieval.embedding-threads", "0"));
        assertThat(edges.sentenceWeight()).isZero();
        assertThat(bind(IndexProperties.class, "footnote.index", Map.of("footnote.index.commit-passages", "1")).commitPassages()).isEqualTo(1);
    }

    @Test
    void aCountBelowOneANegativeWeightOrAShareAboveOneIsRefusedNamingTheKey() {
        Map<String, String> wrong = Map.of(
                "footnote.retrieval.dense-search-depth", "-5",
                "footnote.retrieval.bm25-candidates", "0",
                "footnote.retrieval.dense-weight", "-0.5",
                "footnote.retrieval.bm25-b", "75",
                "footnote.retrieval.rrf-k", "0");
        wrong.forEach((key, value) -> assertThatThrownBy(() -> bind(RetrievalProperties.class, "footnote.retrieval", Map.of(key, value)))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage(rootMessage(key)));
        assertThatThrownBy(() -> bind(IndexProperties.class, "footnote.index", Map.of("footnote.index.commit-passages", "0")))
                .hasRootCauseMessage("footnote.index.commit-passages must be at least 1 and at most footnote.index.commit-passages-max, were 0 and 2048");
    }

    private static String rootMessage(String key) {
        return switch (key) {
            case "footnote.retrieval.dense-search-depth" -> key + " must be at least 1, was -5";
            case "footnote.retrieval.bm25-candidates" -> key + " must be at least 1, was 0";
            case "footnote.retrieval.dense-weight" -> key + " must not be negative, was -0.5";
            case "footnote.retrieval.bm25-b" -> key + " must be between 0 and 1, was 75.0";
            default -> key + " must be above 0, was 0.0";
        };
    }
}
