package dev.footnote.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.RemovedSentence;
import dev.footnote.corpus.Passage;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.CountingEmbedder;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;

/**
 * The gate between a model's text and the reader: only sentences a cited passage backs pass, one
 * sentence after the model wrote them, and a text streamed in any pieces is judged exactly as the
 * same text given whole.
 */
class SentenceGateTest {

    private static final List<Passage> PASSAGES = List.of(
            new Passage("p-0", "d", 0, "The river floods every spring after the snow melts. Boats stay in the harbour.", "River notes"),
            new Passage("p-1", "d", 1, "Lighthouses guide ships past the rocky northern coast at night.", "Coast notes"));

    private static final String BACKED = "The river floods every spring after the snow melts [1].";
    private static final String INVENTED = "The moon is made of cheese.";

    @TempDir
    static Path indexDir;
    static PassageIndex index;
    static CitationVerifier verifier;

    @BeforeAll
    static void open() {
        index = PassageIndex.open(indexDir, new FootnoteAnalyzer());
        verifier = new CitationVerifier(new SentenceScorer(new TermWeights(index)),
                new SentenceEmbeddings(new CountingEmbedder("test-model")), new CitationVerifier.Settings(0.5, 0.5));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void anUncitedSentenceIsRemovedWithItsReasonAndNeverPassed() {
        List<String> passed = new ArrayList<>();

        SentenceGate.Outcome outcome = gate(passed, BACKED + " " + INVENTED + " Lighthouses guide ships at night [2].");

        assertThat(outcome.text()).isEqualTo(BACKED + " Lighthouses guide ships at night [2].");
        assertThat(String.join("", passed)).isEqualTo(outcome.text()).doesNotContain("moon");
        assertThat(outcome.removed()).containsExactly(new RemovedSentence(INVENTED, "it cites no passage"));
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).startsWith("Removed from the answer").contains(INVENTED));
        assertThat(outcome.citations()).extracting(c -> c.marker()).containsExactly(1, 2);
        assertThat(outcome.backed()).isEqualTo(2);
    }

    @Test
    void aSentenceItsPassageDoesNotSupportIsRemovedAndItsCitationWithIt() {
        SentenceGate.Outcome outcome = gate(new ArrayList<>(), BACKED + " The moon is made of cheese [1].");

        assertThat(outcome.text()).isEqualTo(BACKED);
        assertThat(outcome.citations()).singleElement().satisfies(c -> assertThat(c.supported()).isTrue());
        assertThat(outcome.removed()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("The moon is made of cheese.");
            assertThat(r.reason()).startsWith("passage [1] does not support it (support ");
        });
        assertThat(outcome.cited()).isEqualTo(2);
    }

    @Test
    void aMarkerWhosePassageDoesNotSupportItsSentenceGoesWhenAnotherMarkerDoes() {
        SentenceGate.Outcome outcome = gate(new ArrayList<>(), "The river floods every spring after the snow melts [1][2].");

        assertThat(outcome.text()).isEqualTo(BACKED);
        assertThat(outcome.citations()).extracting(c -> c.marker()).containsExactly(1);
        assertThat(outcome.removed()).isEmpty();
        assertThat(outcome.warnings()).singleElement().asString().startsWith("Passage [2] does not support this sentence");
    }

    @Test
    void framingStaysOnlyBesideABackedSentenceAndIsPassedWithIt() {
        List<String> passed = new ArrayList<>();

        SentenceGate.Outcome kept = gate(passed, "Here is what the passages say.\n\n" + BACKED);
        SentenceGate.Outcome alone = gate(new ArrayList<>(), "Here is what the passages say.");

        assertThat(kept.text()).isEqualTo("Here is what the passages say.\n\n" + BACKED);
        assertThat(kept.removed()).isEmpty();
        assertThat(passed).containsExactly("Here is what the passages say.", "\n\n" + BACKED);
        assertThat(alone.text()).isEmpty();
        assertThat(alone.backed()).isZero();
    }

    @Test
    void aSentenceIsPassedOnlyOnceTheNextHasBegunAndItsMarkersHaveArrived() {
        List<String> passed = new ArrayList<>();
        SentenceGate gate = new SentenceGate(verifier, PASSAGES, passed::add);

        gate.accept("The river floods every spring after the snow melts.");
        gate.accept(" [");
        gate.accept("1");
        assertThat(passed).isEmpty();
        gate.accept("] Boats");
        assertThat(passed).containsExactly("The river floods every spring after the snow melts. [1]");
        gate.accept(" stay in the harbour [9].");
        assertThat(passed).hasSize(1);

        SentenceGate.Outcome outcome = gate.finish();
        assertThat(outcome.removed()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("Boats stay in the harbour."));
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).startsWith("Removed citation [9]"));
        assertThat(String.join("", passed)).isEqualTo(outcome.text()).doesNotContain("[9]");
    }

    @Test
    void aTextStreamedInAnyPiecesIsJudgedAsTheSameTextGivenWhole() {
        String answer = "Here is what the passages say: " + BACKED + " " + INVENTED + "\n\nThe moon is made of cheese [1]. "
                + "Lighthouses guide ships past the rocky coast at night [2][9]. The river floods after the snow melts [1, 2].";
        SentenceGate.Outcome whole = gate(new ArrayList<>(), answer);

        for (int size : new int[] {1, 2, 3, 7, 16}) {
            List<String> passed = new ArrayList<>();
            SentenceGate gate = new SentenceGate(verifier, PASSAGES, passed::add);
            for (int i = 0; i < answer.length(); i += size) {
                gate.accept(answer.substring(i, Math.min(answer.length(), i + size)));
            }
            SentenceGate.Outcome streamed = gate.finish();

            assertThat(streamed).as("pieces of %d characters", size).isEqualTo(whole);
            assertThat(String.join("", passed)).isEqualTo(whole.text());
            assertThat(passed).noneSatisfy(p -> assertThat(p).containsAnyOf("moon", "[9]"));
        }
        assertThat(whole.removed()).as(whole.toString()).extracting(RemovedSentence::text).containsExactly(INVENTED, INVENTED);
        assertThat(whole.text()).as(whole.toString()).startsWith("Here is what the passages say: The river floods").doesNotContain("[9]");
    }

    private static SentenceGate.Outcome gate(List<String> passed, String text) {
        SentenceGate gate = new SentenceGate(verifier, PASSAGES, passed::add);
        gate.accept(text);
        return gate.finish();
    }
}
