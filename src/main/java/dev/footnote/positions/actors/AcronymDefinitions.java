package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a text defines: "the Fully Informed Jury Association (FIJA)", "the Organization of Arab Petroleum
 * Exporting Countries (OAPEC, …)". The acronym is then another name of the same actor, not an actor of its
 * own. A definition counts only when the acronym's letters are the initials of the capitalised words just
 * before the bracket (small connecting words such as "of" skipped), so "(US$3)" or "(see below)" are none.
 */
final class AcronymDefinitions {

    /** An all-capitals acronym right after an opening bracket, closed or followed by a comma ("(OAPEC, …"). */
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}&]{1,9})s?[),;]");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "in", "de", "du", "des", "&");

    private AcronymDefinitions() {
    }

    /** The full names the text defines an acronym for, each with its acronym, in order of definition. */
    static Map<String, String> in(String text) {
        Map<String, String> definitions = new LinkedHashMap<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            String acronym = m.group(1).replace("&", "");
            List<Words.Word> before = Words.of(text.substring(0, m.start()));
            String name = expansion(text, before, acronym);
            if (name != null) {
                definitions.putIfAbsent(name, m.group(1));
            }
        }
        return definitions;
    }

    /** The words just before the bracket whose initials spell the acronym, as written; {@code null} if none do. */
    private static String expansion(String text, List<Words.Word> before, String acronym) {
        List<Words.Word> name = new ArrayList<>();
        int letters = acronym.length();
        for (int i = before.size() - 1; i >= 0 && letters > 0; i--) {
            Words.Word w = before.get(i);
            boolean connector = CONNECTORS.contains(w.lower());
            if (connector && !name.isEmpty()) {
                name.add(0, w);
                continue;
            }
            if (!w.capitalised() || Character.toUpperCase(w.text().charAt(0)) != acronym.charAt(letters - 1)) {
                return null;
            }
            name.add(0, w);
            letters--;
        }
        if (letters > 0 || name.size() < 2) {
            return null;
        }
        // Only the spaces between the words: the name must be written as one run of words.
        String span = text.substring(name.get(0).start(), name.get(name.size() - 1).end());
        return span.matches("[^()\\n,;:]+") ? span.replaceAll("\\s+", " ") : null;
    }

    /** The initials of a name's capitalised words, small connecting words skipped: "Fully Informed Jury Association" → "FIJA". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (Words.Word w : Words.of(name)) {
            if (!CONNECTORS.contains(w.lower()) && w.capitalised()) {
                initials.append(Character.toUpperCase(w.text().charAt(0)));
            }
        }
        return initials.toString();
    }
}
