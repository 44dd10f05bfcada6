package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the names of known actors in a text, longest name first, at word boundaries, ignoring
 * diacritics. An all-capitals alias ({@code US}, {@code EU}) matches only in capitals, so that the
 * pronoun "us" is not the United States.
 */
public final class AliasMatcher {

    private record Alias(String folded, boolean caseSensitive, Actor actor) {
    }

    private final List<Alias> aliases = new ArrayList<>();

    public AliasMatcher(List<Actor> actors) {
        for (Actor actor : actors) {
            for (String name : actor.names()) {
                boolean acronym = isAcronym(name);
                aliases.add(new Alias(Folding.fold(name.strip(), !acronym), acronym, actor));
            }
        }
        // Longest first, so that "Belgrade's leadership" wins over "Belgrade".
        aliases.sort(Comparator.comparingInt((Alias a) -> a.folded().length()).reversed());
    }

    public static boolean isAcronym(String name) {
        long upper = name.chars().filter(Character::isUpperCase).count();
        return upper >= 2 && name.chars().noneMatch(Character::isLowerCase);
    }

    public List<Mention> find(String text) {
        String lower = Folding.fold(text, true);
        String exact = Folding.fold(text, false);
        List<Mention> found = new ArrayList<>();
        for (Alias alias : aliases) {
            String haystack = alias.caseSensitive() ? exact : lower;
            for (int at = haystack.indexOf(alias.folded()); at >= 0; at = haystack.indexOf(alias.folded(), at + 1)) {
                int start = at;
                int end = at + alias.folded().length();
                if (atBoundary(haystack, start, end) && found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    found.add(new Mention(alias.actor(), start, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean atBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
        return before && after;
    }
}
