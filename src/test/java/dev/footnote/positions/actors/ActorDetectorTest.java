package dev.footnote.positions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;

class ActorDetectorTest {

    private final List<Passage> passages = SeedCorpus.passages();
    private final ActorCatalog catalog = SeedCorpus.catalog();

    @Test
    void findsTheSeedActorsWithTheirAliasesMerged() {
        assertThat(catalog.actors()).extracting(Actor::name)
                .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
        assertThat(catalog.actor("Washington")).map(Actor::name).contains("United States");
        assertThat(catalog.actor("US")).map(Actor::name).contains("United States");
        assertThat(catalog.actor("Brussels")).map(Actor::name).contains("European Union");
        assertThat(catalog.actor("EU")).map(Actor::name).contains("European Union");
        assertThat(catalog.actor("Vučević")).map(Actor::name).contains("Milos Vucevic");
        assertThat(catalog.actor("Vucevic")).map(Actor::name).contains("Milos Vucevic");
        assertThat(catalog.actor("Vučić")).map(Actor::name).contains("Aleksandar Vucic");
        assertThat(catalog.actor("the President")).map(Actor::name).contains("Aleksandar Vucic");
        assertThat(catalog.actor("Belgrade's leadership")).map(Actor::name).contains("Aleksandar Vucic");
        assertThat(catalog.actor("vucic")).map(Actor::name).contains("Aleksandar Vucic");
    }

    @Test
    void attributesSentencesToTheirSpeakers() {
        // The joint communique and everything that refers back to it speak for both.
        assertThat(speakersOf("The United States and the European Union issued")).containsExactly("United States", "European Union");
        assertThat(speakersOf("The statement emphasized")).containsExactly("United States", "European Union");
        assertThat(speakersOf("The message also highlighted")).containsExactly("United States", "European Union");
        assertThat(speakersOf("They urged all actors")).containsExactly("European Union", "United States");
        assertThat(speakersOf("The emphasis was on")).containsExactly("European Union", "United States");
        assertThat(speakersOf("Officials stressed")).containsExactly("European Union", "United States");
        assertThat(speakersOf("Meanwhile, Serbia")).containsExactly("Serbia");
        assertThat(speakersOf("Former Deputy Prime Minister")).containsExactly("Milos Vucevic");
        // "He" is the previous speaker, Vucevic.
        assertThat(speakersOf("He stressed")).containsExactly("Milos Vucevic");
        assertThat(speakersOf("As the year closes")).containsExactly("Aleksandar Vucic");
        assertThat(speakersOf("President Aleksandar Vucic has")).containsExactly("Aleksandar Vucic");
        // A media report and a narrator's sentence are nobody's statement.
        assertThat(speakersOf("It was noted by multiple state media outlets")).isEmpty();
        assertThat(speakersOf("The dialogue continues")).isEmpty();
        assertThat(catalog.statements()).hasSize(12);
    }

    @Test
    void explainsEachAttribution() {
        Statement he = catalog.statements().stream().filter(s -> s.text().startsWith("He stressed")).findFirst().orElseThrow();
        assertThat(he.evidence()).isEqualTo("“He” → Milos Vucevic, the previous speaker");
        Statement joint = catalog.statements().get(0);
        assertThat(joint.joint()).isTrue();
        assertThat(joint.evidence()).contains("“United States”", "“European Union”");
    }

    private List<String> speakersOf(String sentenceStart) {
        return catalog.statements().stream().filter(s -> s.text().startsWith(sentenceStart))
                .findFirst().map(Statement::speakers).orElse(List.of());
    }

    @Test
    void withoutTheActorsFileBelgradesLeadershipIsSerbia() {
        ActorCatalog plain = new ActorDetector().detect(passages, Gazetteer.builtIn());
        assertThat(plain.actors()).extracting(Actor::name)
                .containsExactly("United States", "European Union", "Serbia", "Milos Vucevic", "Aleksandar Vucic");
        assertThat(plain.statementsOf("Serbia")).extracting(s -> s.text().substring(0, 20))
                .containsExactly("Meanwhile, Serbia’s p".substring(0, 20), "As the year closes, B".substring(0, 20));
        // The surname in the source line ("President Vucic") is merged into the full name.
        assertThat(plain.actor("Vucic")).map(Actor::name).contains("Aleksandar Vucic");
    }

    @Test
    void aNewsAgencyIsNeverAnActor() {
        assertThat(catalog.actor("TASS")).isEmpty();
        assertThat(catalog.mentioned("TASS")).isTrue();
        assertThat(catalog.mentioned("Vladimir Putin")).isFalse();
    }
}
