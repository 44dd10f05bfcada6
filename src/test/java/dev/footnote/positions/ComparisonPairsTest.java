package dev.footnote.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.answer.Citation;
import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.positions.actors.Statement;

/**
 * Agreements and differences quote the two statements they compare, one per side, chosen by the similarity of
 * their sentence embeddings (here, vectors made to order): the closest pair is where they make close points,
 * each side's statement least like anything the other said is where they differ.
 */
class ComparisonPairsTest {

    @TempDir
    static Path dir;

    static PositionsFixture fixture;

    @BeforeAll
    static void open() {
        fixture = new PositionsFixture(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    private static final String TEXT = "Lopez said taxes must fall for families. Lopez said the border must stay open. "
            + "Smith said families need lower taxes. Smith said the army must grow.";

    private static ScoredStatement statement(String speaker, int sentence, float... vector) {
        Passage passage = new Passage("p1", "d1", 0, TEXT, "statements.txt");
        Sentences.Span span = Sentences.split(TEXT).get(sentence);
        return new ScoredStatement(new Statement(passage, span, List.of(speaker), "named before “said”"), 1.0,
                fixture.weights.terms(span.of(TEXT)).stream().collect(java.util.stream.Collectors.toSet()), vector);
    }

    @Test
    void theClosestPairAgreesAndTheLeastAlikePairDiffers() {
        Map<String, List<ScoredStatement>> byActor = new LinkedHashMap<>();
        byActor.put("Lopez", List.of(statement("Lopez", 0, 1, 0, 0), statement("Lopez", 1, 0, 1, 0)));
        byActor.put("Smith", List.of(statement("Smith", 2, 0.9f, 0.1f, 0), statement("Smith", 3, 0, 0, 1)));

        PositionComparer.Result result = new PositionComparer(fixture.weights, PositionsFixture.SETTINGS)
                .compare(List.of("Lopez", "Smith"), byActor, Set.of());

        assertThat(result.agreements()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Comparison.SHARED);
            assertThat(a.similarity()).isCloseTo(0.994, org.assertj.core.data.Offset.offset(0.001));
            assertThat(a.citations()).extracting(Citation::quote)
                    .containsExactly("Lopez said taxes must fall for families.", "Smith said families need lower taxes.");
            assertThat(a.text()).isEqualTo("Lopez and Smith make close points: Lopez “Lopez said taxes must fall for "
                    + "families.” [1]; Smith “Smith said families need lower taxes.” [2].");
        });
        assertThat(result.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Comparison.DISTINCT);
            // Neither quoted statement is close to anything the other side said: "border" is 0.11 from "taxes".
            assertThat(d.similarity()).isCloseTo(0.110, org.assertj.core.data.Offset.offset(0.001));
            assertThat(d.citations()).extracting(Citation::quote)
                    .containsExactly("Lopez said the border must stay open.", "Smith said the army must grow.");
            assertThat(d.text()).startsWith("Lopez “Lopez said the border must stay open.” [1]; Smith “Smith said the army must grow.” [2].");
        });
    }

    @Test
    void noPairCloseEnoughIsNoAgreement() {
        Map<String, List<ScoredStatement>> byActor = new LinkedHashMap<>();
        byActor.put("Lopez", List.of(statement("Lopez", 1, 0, 1, 0)));
        byActor.put("Smith", List.of(statement("Smith", 3, 0, 0, 1)));

        PositionComparer.Result result = new PositionComparer(fixture.weights, PositionsFixture.SETTINGS)
                .compare(List.of("Lopez", "Smith"), byActor, Set.of());

        assertThat(result.agreements()).isEmpty();
        assertThat(result.differences()).singleElement()
                .satisfies(d -> assertThat(d.citations()).hasSize(2));
    }
}
