package dev.footnote.positions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.Passage;

/**
 * A long document with thousands of names (a book, a whole SQuAD dump as one file): the gazetteer, the
 * surname resolution and the catalog assembly look names up by key, so the work grows with the number of
 * names, not with its square (the former merge rebuilt the whole gazetteer for every name it added). No
 * timing is asserted: the sizes are what a quadratic pass would not get through in the suite's time.
 */
class ManyActorsTest {

    private static final String[] GIVEN = {"Anna", "Boris", "Clara", "David", "Elena", "Felix", "Greta", "Hugo"};

    /** Distinct invented surnames: "Varkov0", "Varkov1", … read as names, not words. */
    private static String surname(int i) {
        StringBuilder s = new StringBuilder("Var");
        for (char c : Integer.toString(i, 26).toCharArray()) {
            s.append((char) ('a' + Character.digit(c, 26)));
        }
        return s.append("ov").toString();
    }

    @Test
    void aGazetteerOfThousandsOfActorsMergesByKey() {
        Gazetteer g = Gazetteer.builtIn();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            g.addDetected(new Actor(GIVEN[i % GIVEN.length] + " " + surname(i), Actor.Kind.PERSON, List.of(surname(i))));
        }
        // A detected alias of a known actor joins it, wherever it stands in the order.
        g.addDetected(new Actor("Yankee Land", Actor.Kind.STATE, List.of("USA")));
        int builtIn = Gazetteer.builtIn().actors().size();
        assertThat(g.actors()).hasSize(builtIn + n);
        assertThat(g.actors().get(0).name()).isEqualTo("United States");
        assertThat(g.actors().get(0).aliases()).contains("Yankee Land");
        assertThat(g.find(surname(12_345))).map(Actor::name).contains(GIVEN[12_345 % GIVEN.length] + " " + surname(12_345));
        assertThat(g.actors().get(builtIn + n - 1).name()).endsWith(surname(n - 1));
    }

    @Test
    void aDocumentOfThousandsOfSpeakersIsExtractedWhole() {
        List<Passage> passages = new ArrayList<>();
        int n = 1_500;
        for (int i = 0; i < n; i++) {
            String full = GIVEN[i % GIVEN.length] + " " + surname(i);
            String text = "Senator " + full + " said the budget must be cut. " + surname(i) + " warned that taxes would rise.";
            passages.add(new Passage("p" + i, "book", i, text, null));
        }
        ActorCatalog catalog = ActorCatalogs.inMemory(() -> passages, () -> 1, new ActorsFile(SeedCorpus.ACTORS_FILE)).current();
        assertThat(catalog.actors()).hasSize(n);
        // The surname alone is the one person of the document who bears it.
        assertThat(catalog.statements()).hasSize(2 * n);
        assertThat(catalog.actor(surname(777))).map(Actor::name).contains(GIVEN[777 % GIVEN.length] + " " + surname(777));
    }
}
