package dev.footnote.positions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;

/**
 * The attribution errors read on the tune half of the LIAR-PLUS subjects ("Speaker said: claim" paragraphs), each as
 * the paragraph it came from: a claim is its speaker's, not that of a source or person it names.
 */
class ClaimParagraphAttributionTest {

    private static ActorCatalog detect(String... paragraphs) {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            passages.add(new Passage("p" + i, "d", i, paragraphs[i], null));
        }
        return new ActorDetector().detect(passages, Gazetteer.builtIn());
    }

    private static List<List<String>> speakers(ActorCatalog catalog) {
        return catalog.statements().stream().map(Statement::speakers).toList();
    }

    @Test
    void aSourceOfFiguresTheSpeakerCitesIsNotTheSpeaker() {
        ActorCatalog c = detect("John Kasich said: Were up 123,000 jobs over the last year and three-quarters. Were actually, "
                + "according to the Bureau of Labor statistics, down 500 ... auto jobs in Ohio.");
        assertThat(speakers(c)).isNotEmpty().allSatisfy(s -> assertThat(s).containsExactly("John Kasich"));
    }

    @Test
    void aPersonNamedInBracketsInsideTheClaimIsNotItsSpeaker() {
        ActorCatalog c = detect("Deval Patrick said: By the time(Mitt Romney)left office, Massachusetts was 47th in the "
                + "nation in job creation.");
        assertThat(speakers(c)).isNotEmpty().allSatisfy(s -> assertThat(s).containsExactly("Deval Patrick"));
    }
}
