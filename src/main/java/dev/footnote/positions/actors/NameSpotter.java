package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds candidate actor names that no list knows: runs of capitalised words, with titles stripped
 * ({@code President Aleksandar Vucic} → person {@code Aleksandar Vucic}), organisations recognised by
 * their head word ({@code Ministry of Foreign Affairs}), acronyms ({@code OSCE}). A candidate becomes an
 * actor only if it is later found speaking.
 */
final class NameSpotter {

    /** A candidate name and the kind it looks like. */
    record Candidate(String name, Actor.Kind kind) {
    }

    static final Set<String> TITLES = Set.of("president", "prime", "minister", "deputy", "former", "vice", "foreign",
            "defense", "defence", "interior", "finance", "secretary", "general", "chancellor", "ambassador", "spokesperson",
            "spokesman", "spokeswoman", "envoy", "special", "representative", "high", "senator", "governor", "king",
            "queen", "mr", "mrs", "ms", "dr", "prof", "chief", "head", "commissioner", "mayor", "speaker", "premier",
            "foreign-policy", "minister-president", "acting", "senior", "director", "chair", "chairman", "chairwoman");

    private static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "council", "commission", "government",
            "parliament", "office", "agency", "union", "nations", "organization", "organisation", "party", "assembly",
            "department", "committee", "court", "bank", "alliance", "forces", "army", "police", "embassy", "mission",
            "institute", "federation", "league", "movement", "front", "coalition", "cabinet", "presidency");

    /** Words that are capitalised only because they open a sentence or are not names at all. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "meanwhile", "within", "as", "in", "on", "at",
            "however", "but", "and", "it", "he", "she", "they", "this", "that", "these", "those", "while", "after",
            "before", "since", "when", "with", "for", "from", "by", "during", "amid", "despite", "officials", "both",
            "all", "some", "many", "several", "according", "also", "then", "yet", "still", "its", "their", "his", "her",
            "we", "our", "i", "there", "here", "what", "which", "who", "western", "eastern", "northern", "southern");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and");

    /**
     * Function words, pronouns and answers that are capitalised after a colon, a quotation mark or in a
     * title ("To", "You", "Are", "Yes", "Who"): never a name, nor the end of one ("Samantha Who").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "you", "your", "are", "is", "was", "were", "be",
            "yes", "no", "not", "who", "what", "why", "how", "if", "or", "so", "do", "does", "did", "need", "one", "my",
            "me", "us", "him", "them", "says", "said", "say", "will", "would", "can", "could", "should", "must", "let",
            "of", "for", "and", "the", "a", "an", "in", "on", "at", "by", "with", "from", "about", "into", "than");

    /** Head words of things that are named but never speak: laws, events, works, awards. */
    private static final Set<String> THING_HEADS = Set.of("act", "acts", "law", "bill", "treaty", "war", "award", "awards",
            "prize", "day", "street", "avenue", "show", "series", "album", "film", "book", "amendment", "plan", "program",
            "programme", "cup", "games", "olympics", "championship", "tournament", "festival", "care", "tax", "code");

    private NameSpotter() {
    }

    /** Candidates in one sentence (sentence-initial capitals are told apart from names). */
    static List<Candidate> spot(String text) {
        return spot(text, Set.of());
    }

    /**
     * Candidates in one sentence; {@code lowerCaseWords} are words the document also writes in lower case,
     * so that a lone capitalised one ("Health", "Education") is an ordinary word, not a name.
     */
    static List<Candidate> spot(String text, Set<String> lowerCaseWords) {
        List<Words.Word> words = Words.of(text);
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).capitalised()) {
                i++;
                continue;
            }
            List<Words.Word> run = new ArrayList<>();
            int j = i;
            while (j < words.size()) {
                Words.Word w = words.get(j);
                boolean adjacent = run.isEmpty() || onlySpaceBetween(text, run.get(run.size() - 1), w);
                if (w.capitalised() && adjacent) {
                    run.add(w);
                    j++;
                } else if (!run.isEmpty() && CONNECTORS.contains(w.lower()) && j + 1 < words.size()
                        && words.get(j + 1).capitalised() && !"and".equals(w.lower()) && adjacent) {
                    run.add(w);
                    j++;
                } else {
                    break;
                }
            }
            boolean clauseInitial = i == 0 || opensClause(text, words.get(i - 1), words.get(i));
            candidate(run, clauseInitial, lowerCaseWords).ifPresent(found::add);
            i = Math.max(j, i + 1);
        }
        return found;
    }

    /** After a colon, a quotation mark or a bracket a capital opens a clause, as at the start of a sentence. */
    private static boolean opensClause(String text, Words.Word previous, Words.Word word) {
        String between = text.substring(previous.end(), word.start());
        return between.chars().anyMatch(c -> ":\"“‘([—;".indexOf(c) >= 0);
    }

    private static boolean onlySpaceBetween(String text, Words.Word a, Words.Word b) {
        return text.substring(a.end(), b.start()).matches(" ?");
    }

    private static java.util.Optional<Candidate> candidate(List<Words.Word> run, boolean sentenceInitial,
                                                           Set<String> lowerCaseWords) {
        List<Words.Word> words = new ArrayList<>(run);
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0).lower())) {
            words.remove(0);
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1).lower())) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || junk(words, lowerCaseWords)) {
            return java.util.Optional.empty();
        }
        if (words.stream().anyMatch(w -> ORGANISATION_HEADS.contains(w.lower()))) {
            return java.util.Optional.of(new Candidate(join(words), Actor.Kind.ORGANISATION));
        }
        int lastTitle = -1;
        for (int k = 0; k < words.size(); k++) {
            if (TITLES.contains(words.get(k).lower())) {
                lastTitle = k;
            }
        }
        List<Words.Word> name = words.subList(lastTitle + 1, words.size());
        if (name.isEmpty() || name.size() > 3 || name.stream().anyMatch(w -> CONNECTORS.contains(w.lower()))) {
            return java.util.Optional.empty();
        }
        if (lastTitle >= 0 || name.size() >= 2) {
            return java.util.Optional.of(new Candidate(join(name), lastTitle >= 0 ? Actor.Kind.PERSON : Actor.Kind.UNKNOWN));
        }
        String only = name.get(0).text();
        if (AliasMatcher.isAcronym(only) && only.length() >= 2) {
            return java.util.Optional.of(new Candidate(only, Actor.Kind.ORGANISATION));
        }
        // A lone capitalised word opening a sentence is most likely an ordinary word ("Analysts", "Calm").
        return sentenceInitial && name.get(0) == run.get(0) ? java.util.Optional.empty()
                : java.util.Optional.of(new Candidate(only, Actor.Kind.UNKNOWN));
    }

    /** A word that is capitalised only because it opens a sentence, or is no name at all ("Meanwhile", "The"). */
    static boolean isNotName(String lower) {
        return NOT_NAMES.contains(lower) || FUNCTION_WORDS.contains(lower);
    }

    private static boolean junk(List<Words.Word> words, Set<String> lowerCaseWords) {
        Words.Word last = words.get(words.size() - 1);
        if (last.text().length() < 2 || FUNCTION_WORDS.contains(last.lower()) || THING_HEADS.contains(last.lower())) {
            return true;
        }
        if (words.size() == 1) {
            Words.Word only = words.get(0);
            return !AliasMatcher.isAcronym(only.text()) && lowerCaseWords.contains(only.lower());
        }
        return false;
    }

    private static String join(List<Words.Word> words) {
        StringBuilder s = new StringBuilder();
        for (Words.Word w : words) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(w.text());
        }
        return s.toString();
    }
}
