package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.Entity;
import dev.footnote.text.EntityType;
import dev.footnote.text.NameWords;
import dev.footnote.text.Token;

/**
 * Finds candidate actor names that no list knows, among the name entities of the shared text analysis: titles stripped
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
            "foreign-policy", "minister-president", "acting", "senior", "director", "chair", "chairman", "chairwoman",
            // Abbreviated and legislative titles ("Sen. Marco Rubio", "Rep. Tom Reed", "Congresswoman Louise Slaughter").
            "sen", "rep", "gov", "lt", "gen", "congressman", "congresswoman", "assemblyman", "assemblywoman", "leader",
            // Local government ("Councillor Priya Desai", "Alderman Joe Moore", "City Clerk Ana Ruiz").
            "councillor", "councilor", "councilman", "councilwoman", "councilmember", "alderman", "alderwoman",
            "treasurer", "clerk", "superintendent", "inspector", "auditor");

    private static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "council", "commission", "government",
            "parliament", "office", "agency", "union", "nations", "organization", "organisation", "party", "assembly",
            "department", "committee", "court", "bank", "alliance", "forces", "army", "police", "embassy", "mission",
            "institute", "federation", "league", "movement", "front", "coalition", "cabinet", "presidency");

    /** Words that are capitalised only because they open a sentence or are not names at all. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "meanwhile", "within", "as", "in", "on", "at",
            "however", "but", "and", "it", "he", "she", "they", "this", "that", "these", "those", "while", "after",
            "before", "since", "when", "with", "for", "from", "by", "during", "amid", "despite", "officials", "both",
            "all", "some", "many", "several", "according", "also", "then", "yet", "still", "its", "their", "his", "her",
            "we", "our", "i", "there", "here", "what", "which", "who", "western", "eastern", "northern", "southern",
            "either", "neither", "each", "every");

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

    /** Abbreviated months ("Jan. 5"): dates, not names. */
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /**
     * What the document says about its words: which it also writes in lower case (so a capital alone does not
     * make them names), and which it capitalises in mid-sentence (so they are names even at a sentence start).
     */
    record DocumentWords(Set<String> lowerCase, Set<String> midSentenceCapitals, Set<String> mostlyLowerCase) {
    }

    private NameSpotter() {
    }

    /**
     * Candidates from the typed name entities of one analysed sentence of {@code text}: people, organisations,
     * places, and names of unknown kind; titles are stripped, names joined by a possessive stay one name
     * ("America's Health Insurance Plans"), and a lone common word that opens a clause is not a name.
     */
    static List<Candidate> fromEntities(String text, AnalyzedSentence sentence, DocumentWords document) {
        List<Entity> names = new ArrayList<>();
        for (Entity e : sentence.entities()) {
            if (!e.type().isName()) {
                continue;
            }
            Entity previous = names.isEmpty() ? null : names.get(names.size() - 1);
            String between = previous == null ? "" : text.substring(previous.end(), e.start());
            boolean possessive = between.matches("['\u2019]s ");
            // "U.S. Court of Appeals for the First Circuit": an organisation's name goes on after "for"/"of".
            boolean continued = between.matches(" (?:for|of)(?: the)? ") && organisation(previous);
            if (previous != null && (possessive || continued)) {
                names.set(names.size() - 1, new Entity(continued ? previous.type() : e.type(),
                        text.substring(previous.start(), e.end()), previous.start(), e.end()));
            } else {
                names.add(e);
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (Entity e : names) {
            List<Words.Word> words = Words.of(e.text());
            if (words.isEmpty()) {
                continue;
            }
            // At a sentence start the tagger reads any capitalised word as a proper noun ("State", "Jobs"): a lone
            // word there of no known kind is a name only if the document capitalises it in mid-sentence too.
            boolean clauseInitial = clauseInitial(sentence, e.start());
            if (clauseInitial && words.size() == 1 && e.type() == EntityType.NAME
                    && !document.midSentenceCapitals().contains(words.get(0).lower())) {
                continue;
            }
            candidate(e.text(), words, false, document, kindOf(e.type())).ifPresent(found::add);
        }
        return found;
    }

    private static boolean organisation(Entity e) {
        return e.type() == EntityType.ORGANIZATION
                || Words.of(e.text()).stream().anyMatch(w -> ORGANISATION_HEADS.contains(w.lower()));
    }

    /** Whether the word at {@code start} opens its sentence or a clause (after a colon, a quotation mark, a bracket). */
    static boolean clauseInitial(AnalyzedSentence sentence, int start) {
        Token previous = null;
        for (Token t : sentence.tokens()) {
            if (t.start() >= start) {
                break;
            }
            previous = t;
        }
        return previous == null || ":\"“‘([—;-".contains(previous.text()) || "``".equals(previous.text());
    }

    private static Actor.Kind kindOf(EntityType type) {
        return switch (type) {
            case PERSON -> Actor.Kind.PERSON;
            case ORGANIZATION -> Actor.Kind.ORGANISATION;
            case PLACE -> Actor.Kind.STATE;
            default -> Actor.Kind.UNKNOWN;
        };
    }

    /** @param typed the kind the entity rules gave the name, {@code UNKNOWN} if none */
    private static java.util.Optional<Candidate> candidate(String text, List<Words.Word> run, boolean sentenceInitial,
                                                           DocumentWords document, Actor.Kind typed) {
        Set<String> lowerCaseWords = document.lowerCase();
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
        if (typed == Actor.Kind.ORGANISATION || words.stream().anyMatch(w -> ORGANISATION_HEADS.contains(w.lower()))) {
            // An organisation's name stays whole, however long ("Special Operations OPSEC Education Fund").
            return java.util.Optional.of(new Candidate(join(text, words), Actor.Kind.ORGANISATION));
        }
        int lastTitle = -1;
        for (int k = 0; k < words.size(); k++) {
            if (TITLES.contains(words.get(k).lower()) || NameWords.isTitleOrRole(words.get(k).text())) {
                lastTitle = k;
            }
        }
        // Before a person's name, a leading word the document writes in lower case qualifies it ("Modern Mongolian"),
        // or is a role the lists do not know: not part of it ("New York Giants", no person, keeps "New").
        int qualifiers = lastTitle + 1;
        while (typed == Actor.Kind.PERSON && qualifiers < words.size() - 1 && lowerCaseWords.contains(words.get(qualifiers).lower())
                && !NameWords.isGivenName(words.get(qualifiers).text())) {
            qualifiers++;
        }
        List<Words.Word> name = words.subList(qualifiers, words.size());
        if (lastTitle < 0 && name.size() >= 2 && !NameWords.isGivenName(name.get(0).text())
                && document.mostlyLowerCase().contains(name.get(name.size() - 1).lower())) {
            // "Sports Programs", "Google Earth", "Kennedy's Moon": capitals before a word the document mostly writes in
            // lower case, with no first name or title, are a thing's name, whatever the sentence's tags guessed
            // ("Genghis Khan" stays: the document writes "Khan" capitalised far more often than "khan").
            return java.util.Optional.empty();
        }
        if (name.isEmpty() || name.size() > 3 || name.stream().anyMatch(w -> CONNECTORS.contains(w.lower()))) {
            return java.util.Optional.empty();
        }
        if (lastTitle >= 0 || name.size() >= 2) {
            return java.util.Optional.of(new Candidate(join(text, name), lastTitle >= 0 ? Actor.Kind.PERSON : typed));
        }
        String only = name.get(0).text();
        if (AliasMatcher.isAcronym(only) && only.length() >= 2) {
            return java.util.Optional.of(new Candidate(only, Actor.Kind.ORGANISATION));
        }
        if (typed == Actor.Kind.STATE || typed == Actor.Kind.PERSON) {
            return java.util.Optional.of(new Candidate(only, typed));
        }
        // A lone capitalised word opening a sentence is most likely an ordinary word ("Analysts", "Calm").
        return sentenceInitial && name.get(0) == run.get(0) ? java.util.Optional.empty()
                : java.util.Optional.of(new Candidate(only, typed));
    }

    /** A word that is capitalised only because it opens a sentence, or is no name at all ("Meanwhile", "The"). */
    static boolean isNotName(String lower) {
        return NOT_NAMES.contains(lower) || FUNCTION_WORDS.contains(lower);
    }

    private static boolean junk(List<Words.Word> words, Set<String> lowerCaseWords) {
        Words.Word last = words.get(words.size() - 1);
        if (last.text().length() < 2 || FUNCTION_WORDS.contains(last.lower()) || THING_HEADS.contains(last.lower())
                || MONTH_ABBREVIATIONS.contains(last.lower()) || (words.size() == 1 && NameWords.isMonth(last.text()))) {
            return true;
        }
        if (words.size() == 1) {
            // Also an all-capitals word the document writes in lower case: "UPDATE:" is shouting, not an acronym.
            return lowerCaseWords.contains(words.get(0).lower());
        }
        return false;
    }

    /** The name as written, from its first kept word to its last (a possessive inside it included). */
    private static String join(String text, List<Words.Word> words) {
        return text.substring(words.get(0).start(), words.get(words.size() - 1).end()).replaceAll("\\s+", " ");
    }
}
