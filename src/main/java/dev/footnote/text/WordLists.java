package dev.footnote.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The small typed word lists the entity rules read, from {@code dev/footnote/text/*.txt} on the class
 * path (one entry a line, {@code #} starts a comment). Kept as files so that they are reviewed and
 * extended without touching code.
 */
record WordLists(Set<String> organizationWords, Set<String> placeWords, Set<String> places,
                 Set<String> personTitles, Set<String> givenNames, Set<String> months, Set<String> personRoles) {

    WordLists {
        organizationWords = Set.copyOf(organizationWords);
        placeWords = Set.copyOf(placeWords);
        places = Set.copyOf(places);
        personTitles = Set.copyOf(personTitles);
        givenNames = Set.copyOf(givenNames);
        months = Set.copyOf(months);
        personRoles = Set.copyOf(personRoles);
    }

    private static final class Holder {
        static final WordLists ENGLISH = new WordLists(read("organization-words.txt"), read("place-words.txt"),
                read("places.txt"), read("person-titles.txt"), read("given-names.txt"), read("months.txt"),
                read("person-roles.txt"));
    }

    static WordLists english() {
        return Holder.ENGLISH;
    }

    private static Set<String> read(String name) {
        return new HashSet<>(ResourceLines.read("dev/footnote/text/" + name));
    }
}
