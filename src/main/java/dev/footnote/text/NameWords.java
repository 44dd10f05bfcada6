package dev.footnote.text;

import java.util.Locale;

/**
 * The entity rules' word lists, for callers that judge names with more context than one sentence (a
 * whole document): is this a given name, a title or role that introduces a person, a month?
 */
public final class NameWords {

    private NameWords() {
    }

    /** "Michael", "Ted": a first name from the list (case as written). */
    public static boolean isGivenName(String word) {
        return WordLists.english().givenNames().contains(word);
    }

    /** "President", "Professor", "archaeologist", "CEO": a title or role before a person's name (any case). */
    public static boolean isTitleOrRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        WordLists words = WordLists.english();
        return words.personRoles().contains(lower) || words.personTitles().stream().anyMatch(t -> t.equalsIgnoreCase(word));
    }

    /** "March", "Sept": a month's name or abbreviation. */
    public static boolean isMonth(String word) {
        return WordLists.english().months().contains(word);
    }
}
