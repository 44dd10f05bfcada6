package dev.footnote.positions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;

/**
 * The errors a demanding reader found in the actors of 30 Wikipedia articles (SQuAD), each class cut down to
 * the sentences that caused it: an acronym apart from its full name, a title taken for a speaker, a court's name
 * cut in two, "it" carried to a person, a thing's name or a role taken for a person.
 */
class EncyclopediaActorsTest {

    /** Each argument is one document; its paragraphs are separated by blank lines. */
    private static ActorCatalog catalog(String... documents) {
        List<Passage> passages = new ArrayList<>();
        for (int d = 0; d < documents.length; d++) {
            String[] paragraphs = documents[d].split("\n\n");
            for (int i = 0; i < paragraphs.length; i++) {
                passages.add(new Passage("d" + d + "p" + i, "d" + d, i, paragraphs[i], null));
            }
        }
        return ActorCatalogs.inMemory(() -> passages, () -> 1, new ActorsFile(SeedCorpus.ACTORS_FILE)).current();
    }

    private static List<String> names(ActorCatalog catalog) {
        return catalog.actors().stream().map(Actor::name).toList();
    }

    @Test
    void anAcronymDefinedInBracketsIsAnAliasOfItsFullName() {
        ActorCatalog c = catalog("The Fully Informed Jury Association (FIJA) said that jurors may judge the law. "
                + "FIJA argued that juries protect citizens.");

        assertThat(names(c)).containsExactly("Fully Informed Jury Association");
        assertThat(c.actor("FIJA")).map(Actor::name).contains("Fully Informed Jury Association");
        assertThat(c.statementsOf("Fully Informed Jury Association")).hasSize(2);
    }

    @Test
    void anAcronymSpellingTheInitialsOfOneNameOfTheDocumentIsThatName() {
        ActorCatalog c = catalog(
                "The Fully Informed Jury Association's leaflet urges jurors to judge the law. Fully Informed Jury "
                        + "Association activists handed out leaflets. According to FIJA, many escaped prosecution.",
                // Another document: the acronym alone speaks, and joins the one actor that goes by it.
                "FIJA said the leaflets were lawful.");

        assertThat(names(c)).containsExactly("Fully Informed Jury Association");
        assertThat(c.statementsOf("Fully Informed Jury Association")).extracting(Statement::evidence)
                .containsExactly("named before “urges”: “Fully Informed Jury Association”",
                        "named after “according to”: “FIJA”", "named before “said”: “FIJA”");
    }

    @Test
    void anAcronymTwoNamesCouldSpellIsNeither() {
        ActorCatalog c = catalog("The Fully Informed Jury Association's leaflet urges jurors to judge the law. The Free "
                + "Independent Journalists Alliance's members met too. According to FIJA, many escaped prosecution.");

        assertThat(names(c)).contains("FIJA");
        c.actors().forEach(a -> assertThat(a.aliases()).doesNotContain("FIJA"));
    }

    @Test
    void aCapitalisedTitleOfAPhraseTheDocumentWritesInLowerCaseIsNoActor() {
        ActorCatalog c = catalog("Henry David Thoreau wrote the essay Civil Disobedience. "
                + "Some activists who commit civil disobedience demand a trial. "
                + "It has been argued that civil disobedience appeals to constitutional defects.");

        assertThat(names(c)).doesNotContain("Civil Disobedience", "Disobedience");
        c.actors().forEach(a -> assertThat(a.aliases()).doesNotContain("Disobedience"));
    }

    @Test
    void aCourtsNameGoesOnAfterFor() {
        // A court is an organisation that speaks through its rulings: an actor, under its whole name.
        ActorCatalog c = catalog("The sentence was upheld because, according to the U.S. Court of Appeals for the "
                + "First Circuit, her statement suggested a lack of remorse.");

        assertThat(names(c)).containsExactly("U.S. Court of Appeals for the First Circuit");
        assertThat(c.actors().get(0).kind()).isEqualTo(Actor.Kind.ORGANISATION);
        assertThat(c.statements().get(0).joint()).isFalse();
    }

    @Test
    void itStandsForAnOrganisationOrAStateNeverForAPerson() {
        ActorCatalog c = catalog("Michael Bayles argues that a test case is justified. But if government is the voice "
                + "of the people, as it is often called, should that voice be heeded?",
                "The European Union said the deal was fair. It called for talks to resume.");

        assertThat(c.statementsOf("Michael Bayles")).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("But if government"));
        assertThat(c.statementsOf("European Union")).extracting(Statement::text)
                .anyMatch(t -> t.startsWith("It called for"));
    }

    @Test
    void capitalsBeforeAWordTheDocumentWritesInLowerCaseNameAThingNotAPerson() {
        ActorCatalog c = catalog("Sports Programs said the network would air more games. The programs were popular, "
                + "and other programs followed. Genghis Khan said the Mongols would ride west. Khan was feared; the "
                + "title of khan passed to his son. Khan united the tribes.");

        assertThat(names(c)).doesNotContain("Sports Programs", "Programs").contains("Genghis Khan");
    }

    @Test
    void aRoleBeforeANameIsNoPartOfIt() {
        ActorCatalog c = catalog("Archeologist Betty Meggers argued that the forest could not support cities. "
                + "CEO Michael Eisner said the merger would go ahead.");

        assertThat(names(c)).contains("Betty Meggers", "Michael Eisner")
                .doesNotContain("Archeologist Betty Meggers", "CEO Michael Eisner");
    }

    @Test
    void aMonthIsNoActor() {
        ActorCatalog c = catalog("March said the network would merge. In March, BSkyB announced a new channel.");

        assertThat(names(c)).doesNotContain("March");
    }
}
