package dev.footnote.llm;

import static dev.footnote.evidence.SentenceEmbeddings.cosine;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.footnote.text.Sentences;

/**
 * Sentence vectors pooled from the passage's own model run: the passage's vector is the one
 * LangChain4j's encoder gives (also past the model's 512-token window), and each sentence's vector
 * still tells its sentence apart from its neighbours.
 */
class ContextualPoolingTest {

    private static final String PASSAGE = "Super Bowl 50 was an American football game. "
            + "The Denver Broncos defeated the Carolina Panthers 24–10 to earn their third title. "
            + "The game was played on February 7, 2016, at Levi's Stadium in Santa Clara, California.";

    private static MiniLmEmbeddingModel model;

    @BeforeAll
    static void load() {
        model = MiniLmEmbeddingModel.load(2, 1, Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void thePassageVectorIsTheEncodersOwn() {
        float[][] vectors = model.embedPartsInContext(List.of(PASSAGE), List.of(Sentences.split(PASSAGE))).get(0);

        assertThat(vectors.length).isEqualTo(1 + Sentences.split(PASSAGE).size());
        assertThat(cosine(vectors[0], model.embed(PASSAGE).content().vector())).isGreaterThan(0.999);
    }

    @Test
    void aTextLongerThanTheModelWindowIsReadWhole() {
        String longText = (PASSAGE + " ").repeat(20).trim();
        List<Sentences.Span> sentences = Sentences.split(longText);

        float[][] vectors = model.embedPartsInContext(List.of(longText), List.of(sentences)).get(0);

        assertThat(vectors.length).isEqualTo(1 + sentences.size());
        // LangChain4j cuts its windows elsewhere (at word boundaries, re-encoding their text): near, not equal
        assertThat(cosine(vectors[0], model.embed(longText).content().vector())).isGreaterThan(0.9);
        // the last sentence lies in the second window and still gets a vector of its own
        assertThat(cosine(vectors[vectors.length - 1], vectors[0])).isLessThan(0.999);
    }

    @Test
    void eachSentenceVectorPointsAtItsOwnSentence() {
        List<Sentences.Span> sentences = Sentences.split(PASSAGE);
        float[][] vectors = model.embedPartsInContext(List.of(PASSAGE), List.of(sentences)).get(0);
        float[] who = model.embed("Which team beat the Panthers?").content().vector();
        float[] where = model.embed("In which stadium was the game played?").content().vector();

        assertThat(best(who, vectors)).isEqualTo(2);
        assertThat(best(where, vectors)).isEqualTo(3);
        for (int i = 0; i < sentences.size(); i++) {
            float[] alone = model.embed(sentences.get(i).of(PASSAGE)).content().vector();
            assertThat(cosine(vectors[1 + i], alone)).isGreaterThan(0.6);
        }
    }

    private static int best(float[] query, float[][] vectors) {
        int best = 1;
        for (int i = 1; i < vectors.length; i++) {
            if (cosine(query, vectors[i]) > cosine(query, vectors[best])) {
                best = i;
            }
        }
        return best;
    }
}
