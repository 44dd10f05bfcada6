package dev.footnote.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a question's expected answer type from its wording: the question word, and after
 * "what"/"which" the noun that follows ("what year" is a date, "which team" an organisation).
 */
public final class AnswerTypes {

    private static final Pattern WH = Pattern.compile(
            "\\b(who|whom|whose|when|where|why|how many|how much|how long|how old|how far|how big|how large|how tall"
                    + "|how high|how deep|how fast|how often|how|what|which)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WORDS = Pattern.compile("^\\s*((?:[\\p{L}'-]+\\s*){0,5})");

    /** Nouns after "what"/"which" (or "in what"/"what is the") that name the expected type. */
    private static final Map<AnswerType, Set<String>> HEAD_NOUNS = Map.of(
            AnswerType.DATE, Set.of("year", "years", "date", "day", "month", "century", "decade", "time", "era",
                    "period", "season"),
            AnswerType.PLACE, Set.of("country", "countries", "city", "cities", "state", "place", "region", "river",
                    "continent", "town", "island", "location", "area", "county", "nation", "province", "ocean", "sea",
                    "mountain", "stadium", "venue", "capital", "village", "street", "park", "lake", "district"),
            AnswerType.ORGANIZATION, Set.of("team", "teams", "company", "companies", "organization", "organisation",
                    "group", "party", "agency", "university", "college", "school", "network", "band", "institution",
                    "club", "firm", "corporation", "church", "army", "newspaper", "station", "channel", "league"),
            AnswerType.PERSON, Set.of("person", "man", "woman", "king", "queen", "president", "player", "leader",
                    "scientist", "author", "emperor", "inventor", "writer", "artist", "pope", "general", "ruler",
                    "quarterback", "coach", "composer", "engineer", "philosopher", "physicist", "chemist", "minister"),
            AnswerType.AMOUNT, Set.of("percentage", "percent", "price", "cost", "amount", "rate", "fee", "salary"),
            AnswerType.NUMBER, Set.of("number", "population", "age", "size", "length", "distance", "height",
                    "score", "temperature", "weight", "speed", "capacity"));
    /** The answer types whose head nouns the answering sentence replaces by the name itself ("which agency" → "TASS"). */
    private static final List<AnswerType> NAMED_KINDS = List.of(AnswerType.DATE, AnswerType.PLACE,
            AnswerType.ORGANIZATION, AnswerType.PERSON);
    private static final List<String> SKIPPED = List.of("is", "was", "are", "were", "the", "a", "an", "of", "kind",
            "type", "name", "did", "does", "do", "has", "had", "have");

    /** The expected answer type of a question. */
    public AnswerType of(String question) {
        Matcher m = WH.matcher(question);
        if (!m.find()) {
            return AnswerType.NONE;
        }
        String wh = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (wh) {
            case "who", "whom", "whose" -> AnswerType.PERSON;
            case "when" -> AnswerType.DATE;
            case "where" -> AnswerType.PLACE;
            case "how many", "how long", "how old", "how far", "how big", "how large", "how tall", "how high",
                 "how deep", "how fast", "how often" -> AnswerType.NUMBER;
            case "how much" -> AnswerType.AMOUNT;
            case "why", "how" -> AnswerType.NONE;
            default -> byHeadNoun(question.substring(m.end(1)));
        };
    }

    /**
     * The words of "what/which &lt;noun&gt;" that describe the answer rather than what it is about ("Which
     * <i>news agency</i> reported…", "In what <i>year</i>…"): the answering sentence names the answer instead
     * ("TASS", "1347"), so they are not looked for in it. Capitalised words ("Which <i>NFL</i> team") stay: they
     * narrow the question. Empty when the question has no telling noun after its question word.
     */
    public List<String> describingAnswer(String question) {
        Matcher m = WH.matcher(question);
        if (!m.find() || !Set.of("what", "which").contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Matcher next = NEXT_WORDS.matcher(question.substring(m.end(1)));
        if (!next.find()) {
            return List.of();
        }
        List<String> words = new java.util.ArrayList<>();
        for (String word : next.group(1).trim().split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty() || SKIPPED.contains(lower)) {
                continue;
            }
            if (!word.equals(lower)) {
                continue; // a name narrows the question: it must be matched
            }
            words.add(lower);
            // A measure ("population", "percentage") is said next to its number: only the nouns of named things go.
            if (NAMED_KINDS.stream().anyMatch(kind -> HEAD_NOUNS.get(kind).contains(lower))) {
                return words;
            }
            if (HEAD_NOUNS.values().stream().anyMatch(nouns -> nouns.contains(lower))) {
                return List.of();
            }
        }
        return List.of();
    }

    /** After "what"/"which": the first telling noun within the next few words decides; else a noun phrase. */
    private static AnswerType byHeadNoun(String rest) {
        Matcher next = NEXT_WORDS.matcher(rest);
        if (!next.find()) {
            return AnswerType.NOUN_PHRASE;
        }
        for (String word : next.group(1).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty() || SKIPPED.contains(word)) {
                continue;
            }
            for (Map.Entry<AnswerType, Set<String>> entry : HEAD_NOUNS.entrySet()) {
                if (entry.getValue().contains(word)) {
                    return entry.getKey();
                }
            }
        }
        if (rest.toLowerCase(Locale.ROOT).matches("\\s*(is|was)\\s+the\\s+name\\b.*")) {
            return AnswerType.NAME;
        }
        return AnswerType.NOUN_PHRASE;
    }
}
