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

    private NameSpotter() {
    }

    /** Candidates in one sentence (sentence-initial capitals are told apart from names). */
    static List<Candidate> spot(String text) {
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
            candidate(run, i == 0).ifPresent(found::add);
            i = Math.max(j, i + 1);
        }
        return found;
    }

    private static boolean onlySpaceBetween(String text, Words.Word a, Words.Word b) {
        return text.substring(a.end(), b.start()).matches(" ?");
    }

    private static java.util.Optional<Candidate> candidate(List<Words.Word> run, boolean sentenceInitial) {
        List<Words.Word> words = new ArrayList<>(run);
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0).lower())) {
            words.remove(0);
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1).lower())) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
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
