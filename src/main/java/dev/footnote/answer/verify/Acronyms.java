package dev.footnote.answer.verify;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names and their short forms made of initials: "US" and "U.S." for "United States", "NFL" for "National Football
 * League", "EU" for "European Union", "V&A" for "Victoria and Albert". A name is backed by its expansion or its initials, whichever the evidence uses.
 */
final class Acronyms {

    /**
     * Two to six capitals, with or without dots, perhaps in the plural: "US", "U.S.", "NATO", "DSMs"; or joined by an
     * ampersand: "V&A", "AT&T".
     */
    private static final Pattern ACRONYM = Pattern.compile("(?:[A-Z]\\.?){2,6}s?|[A-Z]{1,3}&[A-Z]{1,3}");
    /** Initials in the plural: "DSMs" is the plural of "DSM". */
    private static final Pattern PLURAL = Pattern.compile("([A-Z]{2,6})s");
    /** Small words a name's initials skip: "Bank <i>of</i> England" → "BE" is rare; "BoE" is not matched. */
    private static final String LINKS = "(?:\\s+(?:of|and|the|for|de|du|la|von|van)\\b)*";

    private Acronyms() {
    }

    /** Whether the name is written as initials. */
    static boolean isAcronym(String name) {
        return ACRONYM.matcher(name.strip()).matches();
    }

    /** The singular of initials in the plural ("DSM" for "DSMs"); the name itself otherwise. */
    static String singular(String name) {
        var plural = PLURAL.matcher(name.strip());
        return plural.matches() ? plural.group(1) : name;
    }

    /** Whether the text spells the acronym out: capitalised words whose initials are its letters, in order. */
    static boolean spelledOut(String acronym, String text) {
        String letters = singular(acronym).replace(".", "").replace("&", "");
        StringBuilder regex = new StringBuilder("\\b");
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) {
                regex.append(LINKS).append("\\s+");
            }
            regex.append(letters.charAt(i)).append("[\\p{L}'’-]+");
        }
        return Pattern.compile(regex.toString()).matcher(text).find();
    }

    /** Whether the text holds the initials of a name of several capitalised words ("US" or "U.S." for "United States"). */
    static boolean initialsIn(String name, String text) {
        List<String> words = Arrays.stream(name.split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).toList();
        if (words.size() < 2) {
            return false;
        }
        String dotted = words.stream().map(w -> w.charAt(0) + "\\.?").collect(Collectors.joining());
        return Pattern.compile("\\b" + dotted + "(?![\\p{L}])").matcher(text).find();
    }
}
