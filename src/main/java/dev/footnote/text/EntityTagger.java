package dev.footnote.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds typed entity spans in a tagged sentence. No NER model for English is served on Maven Central,
 * so the types come from rules: dates and amounts from patterns over tokens, numbers from {@code CD}
 * tags, names from runs of proper nouns typed by the word lists, acronyms, plurals and context.
 */
final class EntityTagger {

    private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(1[0-9]{3}|20[0-9]{2})[–—-][0-9]{2,4}");
    private static final Pattern DECADE = Pattern.compile("(1[0-9]{3}|20[0-9]{2}|[0-9]0)'?s");
    private static final Pattern DAY = Pattern.compile("([1-9]|[12][0-9]|3[01])(st|nd|rd|th)?");
    private static final Pattern ORDINAL = Pattern.compile("[0-9]{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth"
            + "|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            + "|seventeenth|eighteenth|nineteenth|twentieth|twenty-first", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&]{1,5}|(?:[A-Z]\\.){2,4}");
    private static final Pattern SHORT_NUMBER = Pattern.compile("[0-9]{1,3}|[IVX]{1,4}");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Set<String> ERAS = Set.of("BC", "AD", "BCE", "CE", "B.C.", "A.D.");
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥", "US$");
    private static final Set<String> UNITS = Set.of("percent", "%", "dollars", "pounds", "euros", "yen", "cents");
    private static final Set<String> NAME_LINKS = Set.of("of", "de", "von", "van", "da", "del", "&");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "throughout");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "wrote", "argued", "stated");
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("May", "March");

    private final WordLists words;

    EntityTagger(WordLists words) {
        this.words = words;
    }

    List<Entity> entities(String text, List<Token> tokens) {
        int n = tokens.size();
        boolean[] used = new boolean[n];
        List<Entity> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int end = dateEnd(tokens, i);
            if (end > i) {
                i = add(found, used, text, tokens, EntityType.DATE, i, end) - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            int end = used[i] ? i : amountEnd(tokens, i);
            if (end > i) {
                i = add(found, used, text, tokens, EntityType.AMOUNT, i, end) - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!used[i] && tokens.get(i).isNumber() && !isNameNumber(tokens, i)) {
                int end = i + 1;
                while (end < n && !used[end] && tokens.get(end).isNumber()) {
                    end++;
                }
                i = add(found, used, text, tokens, EntityType.NUMBER, i, end) - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!used[i] && isNamePart(tokens, i)) {
                int end = nameEnd(tokens, used, i);
                i = add(found, used, text, tokens, nameType(tokens, i, end), i, end) - 1;
            }
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return found;
    }

    private int dateEnd(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        if (words.months().contains(w) && isMonth(tokens, i)) {
            int end = i + 1;
            if (end < tokens.size() && DAY.matcher(tokens.get(end).text()).matches()) {
                end++;
            }
            if (end + 1 < tokens.size() && tokens.get(end).text().equals(",") && isYear(tokens.get(end + 1))) {
                end += 2;
            } else if (end < tokens.size() && isYear(tokens.get(end))) {
                end++;
            }
            return end;
        }
        if (DAY.matcher(w).matches() && i + 1 < tokens.size() && words.months().contains(tokens.get(i + 1).text())) {
            int end = i + 2;
            return end < tokens.size() && isYear(tokens.get(end)) ? end + 1 : end;
        }
        if (isYear(tokens.get(i)) || YEAR_RANGE.matcher(w).matches() || DECADE.matcher(w).matches()) {
            return i + 1 < tokens.size() && ERAS.contains(tokens.get(i + 1).text()) ? i + 2 : i + 1;
        }
        if (ORDINAL.matcher(w).matches() && i + 1 < tokens.size()
                && tokens.get(i + 1).text().toLowerCase(Locale.ROOT).startsWith("centur")) {
            return i + 2 < tokens.size() && ERAS.contains(tokens.get(i + 2).text()) ? i + 3 : i + 2;
        }
        return i;
    }

    /** "May" and "March" are months only next to a number; the others whenever tagged as names. */
    private boolean isMonth(List<Token> tokens, int i) {
        boolean numberNext = i + 1 < tokens.size() && tokens.get(i + 1).isNumber();
        boolean numberBefore = i > 0 && tokens.get(i - 1).isNumber();
        if (AMBIGUOUS_MONTHS.contains(tokens.get(i).text())) {
            return numberNext || numberBefore;
        }
        return tokens.get(i).isProperNoun() || numberNext;
    }

    private static boolean isYear(Token token) {
        return token.isNumber() && YEAR.matcher(token.text()).matches();
    }

    private static int amountEnd(List<Token> tokens, int i) {
        int n = tokens.size();
        if (CURRENCY_SIGNS.contains(tokens.get(i).text()) && i + 1 < n && tokens.get(i + 1).isNumber()) {
            int end = i + 1;
            while (end < n && tokens.get(end).isNumber()) {
                end++;
            }
            return end;
        }
        if (tokens.get(i).isNumber()) {
            int end = i + 1;
            while (end < n && tokens.get(end).isNumber()) {
                end++;
            }
            if (end < n && UNITS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
                return end + 1;
            }
            if (end + 1 < n && tokens.get(end).text().equalsIgnoreCase("per")
                    && tokens.get(end + 1).text().equalsIgnoreCase("cent")) {
                return end + 2;
            }
        }
        return i;
    }

    /** A short number right after a proper noun belongs to the name: "Super Bowl 50", "Apollo 11". */
    private static boolean isNameNumber(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).isNumber() && SHORT_NUMBER.matcher(tokens.get(i).text()).matches()
                && tokens.get(i - 1).isProperNoun();
    }

    /** A proper noun, or a capitalised plural noun right after one ("Denver Broncos" when tagged NNS). */
    private static boolean isNamePart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isProperNoun()) {
            return Character.isUpperCase(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0));
        }
        return i > 0 && t.isNoun() && Character.isUpperCase(t.text().charAt(0)) && tokens.get(i - 1).isProperNoun();
    }

    private int nameEnd(List<Token> tokens, boolean[] used, int i) {
        int end = i + 1;
        while (end < tokens.size() && !used[end]) {
            if (isNamePart(tokens, end) || isNameNumber(tokens, end)) {
                end++;
            } else if (NAME_LINKS.contains(tokens.get(end).text()) && end + 1 < tokens.size() && !used[end + 1]
                    && tokens.get(end + 1).isProperNoun()) {
                end += 2;
            } else if (tokens.get(end).text().equals("'s") && end + 1 < tokens.size() && !used[end + 1]
                    && (words.placeWords().contains(tokens.get(end + 1).text())
                        || words.organizationWords().contains(tokens.get(end + 1).text()))) {
                end += 2; // "Levi's Stadium", "St Mary's College"
            } else if (tokens.get(end).text().equals("of") && end + 2 < tokens.size()
                    && tokens.get(end + 1).text().equals("the") && tokens.get(end + 2).isProperNoun()) {
                end += 3;
            } else {
                break;
            }
        }
        return end;
    }

    private EntityType nameType(List<Token> tokens, int start, int end) {
        List<String> parts = tokens.subList(start, end).stream().map(Token::text).toList();
        String whole = String.join(" ", parts);
        if (words.places().contains(whole)) {
            return EntityType.PLACE;
        }
        if (parts.stream().anyMatch(words.organizationWords()::contains)) {
            return EntityType.ORGANIZATION;
        }
        if (parts.stream().anyMatch(words.placeWords()::contains)) {
            return EntityType.PLACE;
        }
        if (words.personTitles().contains(parts.get(0)) || words.givenNames().contains(parts.get(0))) {
            return EntityType.PERSON;
        }
        if (parts.size() == 1 && ACRONYM.matcher(whole).matches() && !ROMAN.matcher(whole).matches()) {
            return EntityType.ORGANIZATION;
        }
        if (end < tokens.size() && SPEECH_VERBS.contains(tokens.get(end).text())) {
            return EntityType.PERSON;
        }
        if (start > 0 && words.personRoles().contains(tokens.get(start - 1).text())) {
            return EntityType.PERSON; // "quarterback Cam Newton", "inventor Nikola Tesla"
        }
        if (parts.size() > 1 && words.places().contains(parts.get(0)) && parts.get(parts.size() - 1).endsWith("s")) {
            return EntityType.ORGANIZATION; // "Denver Broncos", "Carolina Panthers": a team named after its place
        }
        boolean possessive = end < tokens.size() && tokens.get(end).tag().equals("POS");
        if (start > 0 && !possessive && PLACE_PREPOSITIONS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) {
            return EntityType.PLACE;
        }
        if (looksLikePersonalName(tokens, parts, start, end)) {
            return EntityType.PERSON;
        }
        return EntityType.NAME;
    }

    /**
     * Two or three capitalised words with no article before them and no plural at the end, none a
     * month or a known place ("Kublai Khan", "James Bryant Conant"): most such names are people's.
     */
    private boolean looksLikePersonalName(List<Token> tokens, List<String> parts, int start, int end) {
        if (parts.size() < 2 || parts.size() > 3 || tokens.get(end - 1).tag().equals("NNPS")) {
            return false;
        }
        if (start > 0 && Set.of("the", "The", "a", "A", "an", "An").contains(tokens.get(start - 1).text())) {
            return false;
        }
        // A name before a common noun modifies it ("South American leaders", "Rhode Island families"): not a person.
        if (end < tokens.size() && (tokens.get(end).tag().equals("NN") || tokens.get(end).tag().equals("NNS"))) {
            return false;
        }
        return parts.stream().allMatch(p -> CAPITALISED.matcher(p).matches() && !words.months().contains(p)
                && !words.places().contains(p));
    }

    private static int add(List<Entity> found, boolean[] used, String text, List<Token> tokens, EntityType type,
                           int start, int end) {
        for (int k = start; k < end; k++) {
            used[k] = true;
        }
        int from = tokens.get(start).start();
        int to = tokens.get(end - 1).end();
        found.add(new Entity(type, text.substring(from, to), from, to));
        return end;
    }
}
