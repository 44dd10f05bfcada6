package dev.footnote.positions.actors;

import java.util.List;
import java.util.Set;

/** Where a mention stands in its sentence: speaking, the object of a preposition, or the publisher of figures. */
final class MentionRoles {

    /** Prepositions after which a name is an object, not a speaker: "talks with Serbia", "pressure on Kosovo". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "to", "against", "about", "toward", "towards",
            "over", "in", "on", "at", "into", "despite", "amid", "between", "for", "upon", "among", "across");

    /** Nouns for people who speak for an actor: "representatives from the EU", "the president of Serbia". */
    private static final Set<String> SPEAKER_NOUNS = Set.of("representatives", "representative", "officials", "official",
            "diplomats", "diplomat", "envoy", "envoys", "spokesperson", "spokesman", "spokeswoman", "leaders", "leader",
            "leadership", "government", "ministers", "minister", "ministry", "president", "delegation", "delegations",
            "members", "head", "office", "embassy", "parliament", "authorities", "chief", "secretary", "ambassador");

    /** Nouns for what an actor publishes rather than says: "according to the Bureau of Labor statistics". */
    private static final Set<String> DATA_NOUNS = Set.of("statistics", "figures", "data", "numbers", "estimates",
            "projections", "records", "census", "survey", "surveys", "poll", "polls", "tables");

    /**
     * "according to the Bureau of Labor statistics": the figures an actor publishes, which a speaker cites in a claim of
     * its own; the actor takes no position there.
     */
    static boolean namesData(String sentence, Mention m) {
        List<Words.Word> after = Words.of(sentence.substring(m.end()));
        return !after.isEmpty() && DATA_NOUNS.contains(after.get(0).lower())
                && sentence.substring(m.end(), m.end() + after.get(0).start()).isBlank();
    }

    /** Whether the reporting verb at {@code i} opens what is said with a colon ("X said: …"). */
    static boolean opensQuotation(String sentence, List<Words.Word> words, int i) {
        int end = words.get(i).end();
        int next = i + 1 < words.size() ? words.get(i + 1).start() : sentence.length();
        return sentence.substring(end, next).strip().startsWith(":");
    }

    /** Whether "by" comes before the mention, titles aside: "remarks by President Vucic". */
    static boolean precededByBy(List<Words.Word> words, Mention m) {
        for (int k = words.size() - 1; k >= 0; k--) {
            Words.Word w = words.get(k);
            if (w.end() > m.start()) {
                continue;
            }
            if (NameSpotter.TITLES.contains(w.lower())) {
                continue;
            }
            return "by".equals(w.lower());
        }
        return false;
    }

    /** Whether the mention is the object of a preposition ("talks with Serbia") rather than a speaker. */
    static boolean afterObjectPreposition(List<Words.Word> words, Mention m) {
        for (int k = words.size() - 1; k >= 0; k--) {
            Words.Word w = words.get(k);
            if (w.end() > m.start()) {
                continue;
            }
            if ("the".equals(w.lower())) {
                continue;
            }
            if ("from".equals(w.lower()) || "of".equals(w.lower())) {
                // "representatives from the EU", "the leadership of Serbia" speak; "pressure from Washington" does not.
                return k == 0 || !SPEAKER_NOUNS.contains(words.get(k - 1).lower());
            }
            return OBJECT_PREPOSITIONS.contains(w.lower());
        }
        return false;
    }

    private MentionRoles() {
    }
}
