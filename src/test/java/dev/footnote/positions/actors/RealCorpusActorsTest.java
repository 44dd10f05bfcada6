package dev.footnote.positions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;

/**
 * The failures seen on real corpora (Wikipedia passages, fact-checked political statements), each cut
 * down to the sentences that caused it.
 */
class RealCorpusActorsTest {

    /** Each paragraph is a document of its own, as one file per statement. */
    private static ActorCatalog catalog(String... documents) {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            passages.add(new Passage("p" + i, "d" + i, 0, documents[i], null));
        }
        return ActorCatalogs.inMemory(() -> passages, () -> 1, new ActorsFile(SeedCorpus.ACTORS_FILE)).current();
    }

    private static List<String> names(ActorCatalog catalog) {
        return catalog.actors().stream().map(Actor::name).toList();
    }

    private static List<String> speakersOf(ActorCatalog catalog, String sentenceStart) {
        return catalog.statements().stream().filter(s -> s.text().startsWith(sentenceStart)).findFirst()
                .map(Statement::speakers).orElse(List.of());
    }

    @Test
    void wordsCapitalisedInTitlesOrAfterQuotesAreNoActors() {
        ActorCatalog c = catalog(
                "\"Yes,\" the host said. To the surprise of critics, Are You Smarter said it would return.",
                "Samantha Who claimed the top spot in the ratings that week.",
                "Killer T cells argue the case for a strong immune response, researchers said.",
                "Westwood One announced the broadcast schedule for the season.",
                "The National Energy Act proposed new standards for utilities.",
                "You Need To Know said the answer was S and not T.");

        assertThat(names(c)).doesNotContain("To", "S", "T", "Yes", "You", "Are", "Need", "Samantha Who", "Killer T",
                "Westwood One", "National Energy Act");
    }

    @Test
    void saysAfterAColonIsNotAnActor() {
        ActorCatalog c = catalog("Jane Heckler said: Says the tax plan would raise rates on the middle class.");

        assertThat(names(c)).doesNotContain("Said", "Says").contains("Jane Heckler");
        assertThat(speakersOf(c, "Jane Heckler said")).containsExactly("Jane Heckler");
    }

    @Test
    void aNameInsideALongerNameIsNotAnActorOfItsOwn() {
        ActorCatalog c = catalog(
                "America's Health Insurance Plans said that premiums would rise next year.",
                "The Special Operations OPSEC Education Fund said the leaks endangered troops.",
                "South American leaders said the trade deal was unfair.");

        assertThat(names(c)).doesNotContain("United States", "America", "Americas", "Health", "Education");
        c.actors().forEach(a -> assertThat(a.aliases()).doesNotContain("South American"));
        assertThat(c.statements()).allSatisfy(s -> assertThat(s.joint()).isFalse());
    }

    @Test
    void aPlaceIsOneActorNotThree() {
        ActorCatalog c = catalog("The Rhode Island Catholic Conference said the bill would hurt families in Rhode Island.");

        assertThat(names(c)).doesNotContain("Rhode", "Catholic");
        assertThat(c.statements()).hasSize(1);
        assertThat(c.statements().get(0).speakers()).hasSize(1);
    }

    @Test
    void twoPeopleWhoShareASurnameStayTwo() {
        ActorCatalog c = catalog(
                "Bill Clinton said: We created 22 million jobs. We balanced the budget four times.",
                "Hillary Clinton said the plan would help working families.",
                "Hillary Clinton and Bill Clinton spoke at the rally. Clinton said the economy was strong.");

        assertThat(names(c)).contains("Bill Clinton", "Hillary Clinton").doesNotContain("Clinton");
        assertThat(c.actor("Bill Clinton")).map(Actor::name).contains("Bill Clinton");
        assertThat(c.actor("Hillary Clinton")).map(Actor::name).contains("Hillary Clinton");
        c.actors().forEach(a -> assertThat(a.aliases()).doesNotContain("Clinton", "Bill Clinton", "Hillary Clinton"));
        // His second sentence goes on in the first person: it is his too.
        assertThat(speakersOf(c, "We balanced")).containsExactly("Bill Clinton");
        // "Clinton" alone, with two Clintons in the document, is neither.
        assertThat(speakersOf(c, "Clinton said")).isEmpty();
    }

    @Test
    void aSurnameAloneResolvesWhenOnePersonBearsItInTheCorpus() {
        ActorCatalog c = catalog("Senator Maria Lopez said the budget was balanced.", "On Monday, Lopez warned that taxes would rise.");

        assertThat(names(c)).containsExactly("Maria Lopez");
        assertThat(c.statementsOf("Maria Lopez")).hasSize(2);
    }

    @Test
    void accordingToAndQuotationsNameTheSpeaker() {
        ActorCatalog c = catalog("According to the European Union, the talks will resume in May. "
                + "“Serbia must act now,” said Maria Lopez. “It cannot wait.”");

        assertThat(speakersOf(c, "According to")).containsExactly("European Union");
        assertThat(speakersOf(c, "“Serbia must act")).containsExactly("Maria Lopez");
        assertThat(speakersOf(c, "“It cannot wait")).containsExactly("Maria Lopez");
    }

    @Test
    void aWordTheCorpusWritesInLowerCaseIsNoActorEvenWhereOneDocumentCapitalisesIt() {
        ActorCatalog c = catalog("On appeal, Ruling said the law was void, and UPDATE said nothing.",
                "The ruling was appealed in May, and an update followed.");

        assertThat(names(c)).doesNotContain("Ruling", "UPDATE");
    }

    @Test
    void aPossessiveWhoseApostropheWasLostIsItsPossessor() {
        ActorCatalog c = catalog("Senator Ted Cruz said the tax code was too long.",
                "On Monday, Cruzs campaign said the senator would win Iowa.",
                "The EPA said the rule would cut emissions.",
                "Obamas EPA said the plan would save lives.",
                "Obamas Medicaid said nothing new.",
                "Barack Obama said the economy was growing.");

        assertThat(names(c)).contains("Ted Cruz", "EPA", "Barack Obama")
                .doesNotContain("Cruzs", "Obamas EPA", "Obamas Medicaid", "Obamas");
        assertThat(speakersOf(c, "On Monday, Cruzs campaign")).containsExactly("Ted Cruz");
        assertThat(speakersOf(c, "Obamas EPA")).containsExactly("EPA");
        assertThat(speakersOf(c, "Obamas Medicaid")).isEmpty();
    }

    @Test
    void wordsThatQualifyOrCountPeopleAreNoActors() {
        ActorCatalog c = catalog("Dutch officials said the dikes would hold. Dutch said they would not. "
                + "A Jew and a Christian met; Jews said the law was unjust, and Christians agreed. "
                + "Serbian leaders said the talks would go on.");

        assertThat(names(c)).doesNotContain("Dutch", "Jews", "Christians", "Christian", "Jew");
        // A state's known demonym is that state, not a group word.
        assertThat(c.actor("Serbian")).map(Actor::name).contains("Serbia");
    }

    @Test
    void abbreviatedTitlesAreStrippedAndAPlaceKeepsItsFirstWord() {
        ActorCatalog c = catalog("Sen. Marco Rubio said the deficit was too high.",
                "Rep. Tom Reed said the bill would pass. The new rules took effect.",
                "The New York Giants said the stadium would be rebuilt. A new stadium costs money.");

        assertThat(names(c)).contains("Marco Rubio", "Tom Reed").doesNotContain("Sen. Marco Rubio", "Rep. Tom Reed", "York Giants");
        assertThat(speakersOf(c, "The New York Giants")).allSatisfy(n -> assertThat(n).startsWith("New York"));
    }
}
