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
                if (atBoundary(haystack, start, end) && !insideLongerName(text, start, end) && found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    found.add(new Mention(alias.actor(), start, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * Whether the name at {@code [start, end)} is part of a longer proper name: "America" in "America's Health
     * Insurance Plans", "American" in "South American". A title before or after ("President", "Minister") does
     * not make a longer name, nor does a word that is capitalised only because it opens the sentence.
     */
    static boolean insideLongerName(String text, int start, int end) {
        int after = end;
        if (text.startsWith("'s ", after) || text.startsWith("\u2019s ", after)) {
            after += 2;
        }
        if (after + 1 < text.length() && text.charAt(after) == ' ' && Character.isUpperCase(text.charAt(after + 1))) {
            String next = wordAt(text, after + 1);
            if (!NameSpotter.TITLES.contains(next.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        if (start >= 2 && text.charAt(start - 1) == ' ' && Character.isLetter(text.charAt(start - 2))) {
            int from = start - 2;
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                from--;
            }
            String previous = text.substring(from, start - 1);
            String lower = previous.toLowerCase(java.util.Locale.ROOT);
            return Character.isUpperCase(previous.charAt(0)) && !NameSpotter.TITLES.contains(lower)
                    && !dev.footnote.text.NameWords.isTitleOrRole(previous) && !NameSpotter.isNotName(lower);
        }
        return false;
    }

    private static String wordAt(String text, int from) {
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private static boolean atBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
        return before && after;
    }
}
