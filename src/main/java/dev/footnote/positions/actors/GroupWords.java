package dev.footnote.positions.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.Token;

/**
 * Capitalised words of a document that qualify or count people rather than name one actor: adjectives of
 * nationality, faith or party ("Dutch officials", "Catholic church", "Republican leaders") and the plurals of
 * such words ("Jews", "Christians", "Huguenots" where the document also writes "Jew", "Christian",
 * "Huguenot"), and a capitalised word used as a class after an indefinite article ("a Jew", "a Republican"). A reader would not call "Dutch" or "Jews" an actor; a known state's demonym ("American",
 * "Serbian") is an alias of that state and is looked up before this.
 */
final class GroupWords {

    /** Endings of nationality, faith and party adjectives: -an/-ian, -ic, -ish, -ese, -i, -ch, -ist, -ite, -ant. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:an|ic|ish|ese|i|ch|ist|ite|ant|crat)");

    /** Tags after which a noun phrase has ended: punctuation, a conjunction, a preposition, a finite verb. */
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ":", "CC", "IN", "TO", "VBD", "VBZ", "VBP", "MD",
            "WDT", "WP");

    private static final Set<String> INDEFINITE = Set.of("a", "an", "every", "each", "any", "another");

    private GroupWords() {
    }

    /** The folded one-word names of the document that are such adjectives or group plurals. */
    static Set<String> of(List<AnalyzedSentence> sentences) {
        Set<String> capitalised = new HashSet<>();
        Set<String> qualifying = new HashSet<>();
        Set<String> plurals = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (AnalyzedSentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
                    continue;
                }
                String folded = Folding.fold(t.text(), true);
                capitalised.add(folded);
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean beforeCommonNoun = next != null && next.isNoun() && !next.isProperNoun()
                        && Character.isLowerCase(next.text().charAt(0));
                if (t.tag().equals("JJ") || beforeCommonNoun) {
                    qualifying.add(folded);
                }
                if (t.tag().equals("NNS") || t.tag().equals("NNPS") || folded.endsWith("s")) {
                    plurals.add(folded);
                }
                // "a Jew", "a Republican": a capitalised word after an indefinite article, heading its phrase (not "a BSkyB
                // spokesman", "a Commission proposal"), is a class.
                Token before = i > 0 ? tokens.get(i - 1) : null;
                boolean nameGoesOn = next != null && !next.text().isEmpty() && Character.isUpperCase(next.text().charAt(0));
                if (before != null && INDEFINITE.contains(before.text().toLowerCase(java.util.Locale.ROOT)) && !nameGoesOn
                        && (next == null || PHRASE_ENDS.contains(next.tag())) && t.text().substring(1).chars().noneMatch(Character::isUpperCase)) {
                    classes.add(folded);
                }
            }
        }
        Set<String> groups = new HashSet<>(classes);
        for (String word : qualifying) {
            if (ADJECTIVE.matcher(word).matches()) {
                groups.add(word);
            }
        }
        for (String plural : plurals) {
            String singular = plural.substring(0, plural.length() - 1);
            if (plural.endsWith("s") && singular.length() >= 3 && capitalised.contains(singular)
                    && (groups.contains(singular) || ADJECTIVE.matcher(singular).matches())) {
                groups.add(singular);
                groups.add(plural);
            }
        }
        return groups;
    }
}
