package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

/**
 * Decides, sentence by sentence, who a passage speaks for. A sentence is a statement of an actor when
 * <ol>
 *   <li>the actor is named before a reporting verb ("The United States and the European Union issued…",
 *       "Milos Vucevic publicly affirmed…"), or after "by" in a passive ("was urged by Brussels");</li>
 *   <li>its subject refers back ("He stressed…", "They urged…", "Officials stressed…", "The statement
 *       emphasized…"): it speaks for the previous statement's speakers (for He/She, the last person);</li>
 *   <li>it opens with a noun for a statement ("The emphasis was on…"): it continues the previous statement;</li>
 *   <li>it names its source with "according to" ("according to the European Union, …");</li>
 *   <li>it goes on in the first person ("We created…") or inside a quotation the previous statement opened:
 *       it continues the previous statement.</li>
 * </ol>
 * A name inside quotation marks is quoted, not speaking: in "“Serbia must act,” Vucic said" only Vucic speaks,
 * and "said Vucic" after a quotation names the speaker after the verb.
 * A sentence reported by the media ("It was noted by state media outlets…") is nobody's statement. At the
 * start of a passage, "the previous speakers" are the actors its source line names as speakers
 * ("remarks by President Vucic", "joint US-EU statement").
 */
final class StatementAttributor {

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

    /** Words by which a speaker goes on speaking in the next sentence: "We created…", "I will…". */
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "our", "my", "we're", "we've", "i'm", "i've");

    private final AliasMatcher matcher;
    private final Predicate<Actor> canSpeak;

    StatementAttributor(AliasMatcher matcher, Predicate<Actor> canSpeak) {
        this.matcher = matcher;
        this.canSpeak = canSpeak;
    }

    private record Attribution(List<Actor> speakers, String evidence) {

        static final Attribution REPORTED = new Attribution(List.of(), "reported by the media");
    }

    List<Statement> attribute(Passage passage) {
        List<Statement> statements = new ArrayList<>();
        List<Actor> previous = trailerSpeakers(passage.source());
        Actor lastPerson = lastPerson(previous, null);
        String text = passage.text();
        boolean previousWasStatement = false;
        boolean quoteOpen = false;
        boolean previousQuoted = false;
        for (Sentences.Span span : Sentences.split(text)) {
            String sentence = span.of(text);
            List<Words.Word> words = Words.of(sentence);
            List<Mention> mentions = matcher.find(sentence).stream().filter(m -> !Quotes.inside(sentence, m.start())).toList();
            Optional<Attribution> found = byAccordingTo(sentence, words, mentions);
            if (found.isEmpty()) {
                found = byVerb(sentence, words, mentions, previous, lastPerson);
            }
            if (found.isEmpty()) {
                found = byStatementNoun(words, previous);
            }
            if (found.isEmpty() && previousWasStatement) {
                // A new quotation right after a quoted statement goes on with the same speaker: "“…,” said X. “…”"
                boolean quoteGoesOn = quoteOpen || (previousQuoted && Quotes.opensAt(sentence));
                found = continuation(words, previous, quoteGoesOn);
            }
            boolean opened = Quotes.leavesOpen(sentence, quoteOpen);
            if (found.isPresent() && !found.get().speakers().isEmpty()) {
                Attribution a = found.get();
                statements.add(new Statement(passage, span, a.speakers().stream().map(Actor::name).toList(), a.evidence()));
                previous = a.speakers();
                lastPerson = lastPerson(previous, lastPerson);
                previousWasStatement = true;
                previousQuoted = Quotes.quotes(sentence);
            } else {
                previousWasStatement = false;
            }
            quoteOpen = opened;
        }
        return statements;
    }

    /** "According to the European Union, …": the source is named after "according to". */
    private Optional<Attribution> byAccordingTo(String sentence, List<Words.Word> words, List<Mention> mentions) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!"according".equals(words.get(i).lower()) || !"to".equals(words.get(i + 1).lower())) {
                continue;
            }
            int from = words.get(i + 1).end();
            int to = sentence.length();
            for (int k = from; k < sentence.length(); k++) {
                if (",;:".indexOf(sentence.charAt(k)) >= 0) {
                    to = k;
                    break;
                }
            }
            int clauseEnd = to;
            List<Mention> source = mentions.stream().filter(m -> m.start() >= from && m.end() <= clauseEnd)
                    .filter(m -> !namesData(sentence, m)).toList();
            if (source.stream().anyMatch(m -> m.actor().kind() == Actor.Kind.MEDIA)) {
                return Optional.of(Attribution.REPORTED);
            }
            List<Actor> named = speakers(source);
            if (!named.isEmpty()) {
                return Optional.of(new Attribution(named, "named after “according to”: " + quoteNames(sentence, source)));
            }
        }
        return Optional.empty();
    }

    /**
     * "according to the Bureau of Labor statistics": the figures an actor publishes, which a speaker cites in a claim of
     * its own; the actor takes no position there.
     */
    private static boolean namesData(String sentence, Mention m) {
        List<Words.Word> after = Words.of(sentence.substring(m.end()));
        return !after.isEmpty() && DATA_NOUNS.contains(after.get(0).lower())
                && sentence.substring(m.end(), m.end() + after.get(0).start()).isBlank();
    }

    /** Whether the reporting verb at {@code i} opens what is said with a colon ("X said: …"). */
    private static boolean opensQuotation(String sentence, List<Words.Word> words, int i) {
        int end = words.get(i).end();
        int next = i + 1 < words.size() ? words.get(i + 1).start() : sentence.length();
        return sentence.substring(end, next).strip().startsWith(":");
    }

    /** "We created…" after a statement, or a sentence inside the quotation the last statement opened. */
    private static Optional<Attribution> continuation(List<Words.Word> words, List<Actor> previous, boolean quoteOpen) {
        if (previous.isEmpty() || words.isEmpty()) {
            return Optional.empty();
        }
        if (quoteOpen) {
            return Optional.of(new Attribution(previous, "inside the quotation of " + names(previous)));
        }
        for (Words.Word w : words.subList(0, Math.min(3, words.size()))) {
            if (FIRST_PERSON.contains(w.lower())) {
                return Optional.of(new Attribution(previous, "“" + w.text() + "” goes on in the words of " + names(previous)));
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> byVerb(String sentence, List<Words.Word> words, List<Mention> mentions,
                                         List<Actor> previous, Actor lastPerson) {
        for (int i = 0; i < words.size(); i++) {
            if (!ReportingVerbs.isVerb(words, i)) {
                continue;
            }
            int verbStart = words.get(i).start();
            // "X said: By the time (Mitt Romney) left office…": a verb that opens a quotation is no passive.
            if (ReportingVerbs.isPassive(words, i) && !opensQuotation(sentence, words, i)) {
                Optional<Attribution> agent = byAgent(sentence, words, mentions, i);
                if (agent.isPresent()) {
                    return agent;
                }
                continue;
            }
            List<Mention> subject = mentions.stream()
                    .filter(m -> m.end() <= verbStart && !afterObjectPreposition(words, m))
                    .toList();
            if (!subject.isEmpty() && subject.stream().allMatch(m -> m.actor().kind() == Actor.Kind.MEDIA)) {
                return Optional.of(Attribution.REPORTED);
            }
            List<Actor> named = speakers(subject);
            if (!named.isEmpty()) {
                return Optional.of(new Attribution(named, "named before “" + words.get(i).text() + "”: "
                        + quoteNames(sentence, subject)));
            }
            Optional<Attribution> anaphor = anaphor(words.subList(0, i), previous, lastPerson);
            if (anaphor.isPresent()) {
                return anaphor;
            }
            Optional<Attribution> inverted = afterVerb(sentence, words, mentions, i);
            if (inverted.isPresent()) {
                return inverted;
            }
        }
        return Optional.empty();
    }

    /** "“…,” said Milos Vucevic": after a quotation, the speaker may follow the verb, titles aside. */
    private Optional<Attribution> afterVerb(String sentence, List<Words.Word> words, List<Mention> mentions, int verb) {
        int verbStart = words.get(verb).start();
        if (!Quotes.closesBefore(sentence, verbStart)) {
            return Optional.empty();
        }
        int k = verb + 1;
        while (k < words.size() && (NameSpotter.TITLES.contains(words.get(k).lower()) || "the".equals(words.get(k).lower()))) {
            k++;
        }
        if (k >= words.size()) {
            return Optional.empty();
        }
        int at = words.get(k).start();
        List<Mention> named = mentions.stream().filter(m -> m.start() == at).toList();
        List<Actor> speakers = speakers(named);
        return speakers.isEmpty() ? Optional.empty()
                : Optional.of(new Attribution(speakers, "named after “" + words.get(verb).text() + "”: " + quoteNames(sentence, named)));
    }

    /** "was noted by state media outlets" (a report, nobody's position) or "was urged by Brussels". */
    private Optional<Attribution> byAgent(String sentence, List<Words.Word> words, List<Mention> mentions, int verb) {
        int by = -1;
        for (int k = verb + 1; k < Math.min(words.size(), verb + 3); k++) {
            if ("by".equals(words.get(k).lower())) {
                by = k;
                break;
            }
        }
        if (by < 0) {
            return Optional.empty();
        }
        int from = words.get(by).end();
        int clauseEnd = sentence.length();
        for (int k = from; k < sentence.length(); k++) {
            char c = sentence.charAt(k);
            if (c == ',' || c == ';' || c == ':') {
                clauseEnd = k;
                break;
            }
        }
        int to = clauseEnd;
        List<Mention> agent = mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
        boolean media = agent.stream().anyMatch(m -> m.actor().kind() == Actor.Kind.MEDIA)
                || words.stream().filter(w -> w.start() >= from && w.end() <= to)
                        .anyMatch(w -> ReportingVerbs.MEDIA_WORDS.contains(w.lower()));
        if (media) {
            return Optional.of(Attribution.REPORTED);
        }
        List<Actor> named = speakers(agent);
        return named.isEmpty() ? Optional.empty()
                : Optional.of(new Attribution(named, "named after “by”: " + quoteNames(sentence, agent)));
    }

    private Optional<Attribution> anaphor(List<Words.Word> subject, List<Actor> previous, Actor lastPerson) {
        for (Words.Word w : subject) {
            if (ReportingVerbs.PERSON_ANAPHORS.contains(w.lower())) {
                List<Actor> who = lastPerson != null ? List.of(lastPerson) : previous;
                if (!who.isEmpty()) {
                    return Optional.of(new Attribution(who, "“" + w.text() + "” → " + names(who) + ", the previous speaker"));
                }
            }
            if (ReportingVerbs.THING_ANAPHORS.contains(w.lower())) {
                List<Actor> things = previous.stream().filter(a -> a.kind() != Actor.Kind.PERSON).toList();
                if (!things.isEmpty()) {
                    return Optional.of(new Attribution(things, "“" + w.text() + "” → " + names(things)
                            + ", the previous speaker" + (things.size() > 1 ? "s" : "")));
                }
                continue;
            }
            if ((ReportingVerbs.GROUP_ANAPHORS.contains(w.lower()) || ReportingVerbs.STATEMENT_NOUNS.contains(w.lower()))
                    && !previous.isEmpty()) {
                return Optional.of(new Attribution(previous, "“" + w.text() + "” → " + names(previous)
                        + ", the previous speaker" + (previous.size() > 1 ? "s" : "")));
            }
        }
        return Optional.empty();
    }

    /** "The emphasis was on immediate restraint": a sentence about the statement just made. */
    private Optional<Attribution> byStatementNoun(List<Words.Word> words, List<Actor> previous) {
        for (Words.Word w : words.subList(0, Math.min(4, words.size()))) {
            if (ReportingVerbs.STATEMENT_NOUNS.contains(w.lower()) && !previous.isEmpty()) {
                return Optional.of(new Attribution(previous, "“" + w.text() + "” continues the statement of "
                        + names(previous)));
            }
        }
        return Optional.empty();
    }

    /** Actors named in a source line as speakers: before its statement noun, or after "by". */
    private List<Actor> trailerSpeakers(String source) {
        if (source == null) {
            return List.of();
        }
        List<Words.Word> words = Words.of(source);
        int noun = words.stream().filter(w -> ReportingVerbs.STATEMENT_NOUNS.contains(w.lower()))
                .mapToInt(Words.Word::start).findFirst().orElse(-1);
        List<Mention> speaking = new ArrayList<>();
        for (Mention m : matcher.find(source)) {
            if ((noun >= 0 && m.end() <= noun) || precededByBy(words, m)) {
                speaking.add(m);
            }
        }
        return speakers(speaking);
    }

    private static boolean precededByBy(List<Words.Word> words, Mention m) {
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

    private static boolean afterObjectPreposition(List<Words.Word> words, Mention m) {
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

    private List<Actor> speakers(List<Mention> mentions) {
        Map<String, Actor> speakers = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (canSpeak.test(m.actor())) {
                speakers.putIfAbsent(m.actor().name(), m.actor());
            }
        }
        return List.copyOf(speakers.values());
    }

    private static Actor lastPerson(List<Actor> speakers, Actor fallback) {
        List<Actor> persons = speakers.stream().filter(a -> a.kind() == Actor.Kind.PERSON).toList();
        return persons.size() == 1 ? persons.get(0) : fallback;
    }

    private static String quoteNames(String sentence, List<Mention> mentions) {
        return String.join(", ", mentions.stream().map(m -> "“" + sentence.substring(m.start(), m.end()) + "”").distinct().toList());
    }

    private static String names(List<Actor> actors) {
        return String.join(" and ", actors.stream().map(Actor::name).toList());
    }
}
