package dev.footnote.positions.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.Passage;

/** The attribution rules one at a time, on sentences made for them. */
class AttributionRulesTest {

    private static ActorCatalog detect(Gazetteer gazetteer, String... paragraphs) {
        List<Passage> passages = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            passages.add(new Passage("p" + i, "d", i, paragraphs[i], null));
        }
        return new ActorDetector().detect(passages, gazetteer);
    }

    private static List<String> speakers(ActorCatalog catalog, String sentenceStart) {
        return catalog.statements().stream().filter(s -> s.text().startsWith(sentenceStart)).findFirst()
                .map(Statement::speakers).orElse(List.of());
    }

    @Test
    void theAgentOfAPassiveSpeaks() {
        ActorCatalog c = detect(Gazetteer.builtIn(), "Restraint was urged by Brussels on all sides.");
        assertThat(speakers(c, "Restraint")).containsExactly("European Union");
    }

    @Test
    void aNewsAgencyReportingIsNobodysStatement() {
        ActorCatalog c = detect(Gazetteer.builtIn(), "Reuters reported that the talks had stalled. It was noted by local newspapers that Kosovo objected.");
        assertThat(c.statements()).isEmpty();
        assertThat(c.actors()).isEmpty();
    }

    @Test
    void aNameAfterAnObjectPrepositionIsNotTheSpeaker() {
        ActorCatalog c = detect(Gazetteer.builtIn(), "After talks with Serbia, the EU said that the dialogue would go on.");
        assertThat(speakers(c, "After talks")).containsExactly("European Union");
    }

    @Test
    void fromOrOfMakesASpeakerOnlyAfterANounForSpeakers() {
        ActorCatalog c = detect(Gazetteer.builtIn(),
                "Despite pressure from Washington, officials said nothing. Representatives from Brussels urged calm. "
                        + "The president of Serbia warned of consequences.");
        assertThat(speakers(c, "Despite pressure")).isEmpty();
        assertThat(speakers(c, "Representatives from Brussels")).containsExactly("European Union");
        assertThat(speakers(c, "The president of Serbia")).containsExactly("Serbia");
    }

    @Test
    void aPersonWithATitleIsSpottedAndHisSurnameLaterResolves() {
        ActorCatalog c = detect(Gazetteer.builtIn(),
                "Foreign Minister Ana Petrovic warned that the deadline was near. Petrovic also demanded guarantees.");
        assertThat(c.actors()).extracting(Actor::name).containsExactly("Ana Petrovic");
        assertThat(c.actors().get(0).kind()).isEqualTo(Actor.Kind.PERSON);
        assertThat(c.statementsOf("Ana Petrovic")).hasSize(2);
    }

    @Test
    void theUsPronounIsNotTheUnitedStates() {
        ActorCatalog c = detect(Gazetteer.builtIn(), "Let us say that nothing changed.");
        assertThat(c.actors()).isEmpty();
    }

    @Test
    void anActorNamedInTheRequestIsLookedForEvenWithoutCapitals() {
        String text = "The opposition warned that the vote would be boycotted.";
        assertThat(detect(Gazetteer.builtIn(), text).actors()).isEmpty();
        Gazetteer withRequested = Gazetteer.builtIn().addDetected(new Actor("the opposition", Actor.Kind.UNKNOWN, List.of()));
        assertThat(speakers(detect(withRequested, text), "The opposition")).containsExactly("the opposition");
    }

    @Test
    void theActorsFileMergesAndIgnores(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actors.yml");
        Files.writeString(file, """
                actors:
                  - name: Serbian Government
                    aliases: [Serbia, the government in Belgrade]
                ignore: [Ana Petrovic]
                """);
        Gazetteer g = new ActorsFile(file).applyTo(Gazetteer.builtIn());
        ActorCatalog c = detect(g, "The government in Belgrade stressed its readiness. Ana Petrovic said nothing new.");
        assertThat(c.actors()).extracting(Actor::name).containsExactly("Serbian Government");
        assertThat(c.actor("Belgrade")).map(Actor::name).contains("Serbian Government");
    }

    @Test
    void aMalformedActorsFileNamesItself(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actors.yml");
        Files.writeString(file, "actors:\n  - aliases: [x]\n");
        assertThatThrownBy(() -> new ActorsFile(file).applyTo(Gazetteer.builtIn()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("needs a 'name'");
        assertThat(new ActorsFile(dir.resolve("missing.yml")).applyTo(Gazetteer.builtIn()).actors()).isNotEmpty();
    }
}
