package dev.footnote.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;
import dev.footnote.index.PassageIndex;

class SentenceMatcherTest {

    private static final Map<String, float[][]> STORED = Map.of(
            "a", new float[][] {{0, 1}, {1, 0}},
            "b", new float[][] {{0.6f, 0.8f}});

    private final List<Collection<String>> asked = new ArrayList<>();
    private final PassageIndex index = (PassageIndex) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {PassageIndex.class}, (proxy, method, args) -> {
                if (!method.getName().equals("sentenceVectors")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                @SuppressWarnings("unchecked")
                Collection<String> ids = (Collection<String>) args[0];
                asked.add(List.copyOf(ids));
                Map<String, float[][]> found = new HashMap<>();
                ids.stream().filter(STORED::containsKey).forEach(id -> found.put(id, STORED.get(id)));
                return found;
            });

    @Test
    void ranksByBestSentenceAndReadsEachPassagesVectorsOnce() {
        SentenceMatcher matcher = new SentenceMatcher(index);
        List<RetrievedPassage> candidates = List.of(candidate("b"), candidate("a"), candidate("none"));

        List<RetrievedPassage> first = matcher.rank(new float[] {1, 0}, candidates);
        List<RetrievedPassage> again = matcher.rank(new float[] {1, 0}, candidates);

        assertThat(first).extracting(r -> r.passage().id()).containsExactly("a", "b");
        assertThat(first.get(0).score()).isEqualTo(1.0);
        assertThat(first.get(1).score()).isCloseTo(0.6, within(1e-6));
        assertThat(again).isEqualTo(first);
        // The second ranking asks only for the passage that had no vectors.
        assertThat(asked).containsExactly(List.of("b", "a", "none"), List.of("none"));
    }

    private static RetrievedPassage candidate(String id) {
        return new RetrievedPassage(new Passage(id, "d", 0, "Text of " + id + ".", null, null, null, null), 1);
    }
}
