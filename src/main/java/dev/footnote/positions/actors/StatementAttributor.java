package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

import static dev.footnote.positions.actors.Attribution.quoteNames;

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

    private final AliasMatcher matcher;
    private final Predicate<Actor> canSpeak;

    StatementAttributor(AliasMatcher matcher, Predicate<Actor> canSpeak) {
        this.matcher = matcher;
        this.canSpeak = canSpeak;
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
                found = BackReferences.byStatementNoun(words, previous);
            }
            if (found.isEmpty() && previousWasStatement) {
                // A new quotation right after a quoted statement goes on with the same speaker: "“…,” said X. “…”"
                boolean quoteGoesOn = quoteOpen || (previousQuoted && Quotes.opensAt(sentence));
                found = BackReferences.continuation(words, previous, quoteGoesOn);
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
                    .filter(m -> !MentionRoles.namesData(sentence, m)).toList();
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

    private Optional<Attribution> byVerb(String sentence, List<Words.Word> words, List<Mention> mentions,
                                         List<Actor> previous, Actor lastPerson) {
        for (int i = 0; i < words.size(); i++) {
            if (!ReportingVerbs.isVerb(words, i)) {
                continue;
            }
            int verbStart = words.get(i).start();
            // "X said: By the time (Mitt Romney) left office…": a verb that opens a quotation is no passive.
            if (ReportingVerbs.isPassive(words, i) && !MentionRoles.opensQuotation(sentence, words, i)) {
                Optional<Attribution> agent = byAgent(sentence, words, mentions, i);
                if (agent.isPresent()) {
                    return agent;
                }
                continue;
            }
            List<Mention> subject = mentions.stream()
                    .filter(m -> m.end() <= verbStart && !MentionRoles.afterObjectPreposition(words, m))
                    .toList();
            if (!subject.isEmpty() && subject.stream().allMatch(m -> m.actor().kind() == Actor.Kind.MEDIA)) {
                return Optional.of(Attribution.REPORTED);
            }
            List<Actor> named = speakers(subject);
            if (!named.isEmpty()) {
                return Optional.of(new Attribution(named, "named before “" + words.get(i).text() + "”: "
                        + quoteNames(sentence, subject)));
            }
            Optional<Attribution> anaphor = BackReferences.anaphor(words.subList(0, i), previous, lastPerson);
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
            if ((noun >= 0 && m.end() <= noun) || MentionRoles.precededByBy(words, m)) {
                speaking.add(m);
            }
        }
        return speakers(speaking);
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
}
