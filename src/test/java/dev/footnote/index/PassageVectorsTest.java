package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

/**
 * Sentence vectors are embedded on their own by default and read in their passage's run only when
 * asked and when the embedder can; the index's model id says which, so that switching re-embeds.
 */
class PassageVectorsTest {

    private static final Passage PASSAGE = new Passage("p1", "d1", 0,
            "The Broncos won the game. The Panthers lost it. \u200B", "Super Bowl 50");

    @Test
    void sentencesAreEmbeddedOnTheirOwnByDefault() {
        RecordingEmbedder embedder = new RecordingEmbedder(true);
        PassageVectors vectors = new PassageVectors(embedder, 8, true);

        EmbeddedPassage embedded = single(vectors.vectorsFor(List.of(PASSAGE), hashes -> Map.of()));

        assertThat(embedder.inContextCalls).isZero();
        assertThat(embedded.sentences()).hasNumberOfRows(Sentences.split(PASSAGE.text()).size());
        assertThat(vectors.indexModelId()).isEqualTo("recording+sentences");
    }

    @Test
    void inContextWhenAskedAndTheEmbedderCan() {
        RecordingEmbedder embedder = new RecordingEmbedder(true);
        PassageVectors vectors = new PassageVectors(embedder, 8, true, true);

        EmbeddedPassage embedded = single(vectors.vectorsFor(List.of(PASSAGE), hashes -> Map.of()));

        assertThat(embedder.inContextCalls).isEqualTo(1);
        assertThat(embedded.sentences()).hasNumberOfRows(Sentences.split(PASSAGE.text()).size());
        // the spans given are the sentences' places in the embedded text, after the source line
        String text = PassageVectors.embeddingText(PASSAGE);
        assertThat(embedder.parts.get(0).get(0).of(text)).isEqualTo("The Broncos won the game.");
        assertThat(vectors.indexModelId()).isEqualTo("recording+sentences-in-context");
    }

    @Test
    void onTheirOwnWhenTheEmbedderCannotReadInContext() {
        RecordingEmbedder embedder = new RecordingEmbedder(false);
        PassageVectors vectors = new PassageVectors(embedder, 8, true, true);

        vectors.vectorsFor(List.of(PASSAGE), hashes -> Map.of());

        assertThat(embedder.inContextCalls).isZero();
        assertThat(vectors.indexModelId()).isEqualTo("recording+sentences");
    }

    private static EmbeddedPassage single(Map<String, EmbeddedPassage> vectors) {
        assertThat(vectors).hasSize(1);
        return vectors.values().iterator().next();
    }

    /** Embeds like {@link CountingEmbedder} and records how parts were asked for. */
    private static final class RecordingEmbedder implements TextEmbedder {
        private final boolean canReadInContext;
        private final List<List<Sentences.Span>> parts = new ArrayList<>();
        private int inContextCalls;

        RecordingEmbedder(boolean canReadInContext) {
            this.canReadInContext = canReadInContext;
        }

        @Override
        public String modelId() {
            return "recording";
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            texts.forEach(t -> assertThat(t.isBlank()).as("a blank text is never embedded").isFalse());
            return texts.stream().map(CountingEmbedder::vector).toList();
        }

        @Override
        public List<float[][]> embedPartsInContext(List<String> texts, List<List<Sentences.Span>> parts) {
            inContextCalls++;
            this.parts.addAll(parts);
            return embedWithParts(texts, parts);
        }

        @Override
        public boolean embedsPartsInContext() {
            return canReadInContext;
        }
    }
}
