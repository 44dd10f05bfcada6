package dev.footnote.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        String path = "dev/footnote/text/" + name;
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("word list " + path + " is not on the class path");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
        return words;
    }
}
