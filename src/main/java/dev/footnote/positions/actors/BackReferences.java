package dev.footnote.positions.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.footnote.positions.actors.Attribution.names;

/**
 * Sentences that name no speaker but refer back to the previous statement: by a pronoun or "Officials" before the
 * verb, by a noun for the statement, by the first person, or by standing inside its quotation.
 */
final class BackReferences {

    /** Words by which a speaker goes on speaking in the next sentence: "We created…", "I will…". */
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "our", "my", "we're", "we've", "i'm", "i've");

    /** "We created…" after a statement, or a sentence inside the quotation the last statement opened. */
    static Optional<Attribution> continuation(List<Words.Word> words, List<Actor> previous, boolean quoteOpen) {
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

    static Optional<Attribution> anaphor(List<Words.Word> subject, List<Actor> previous, Actor lastPerson) {
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
    static Optional<Attribution> byStatementNoun(List<Words.Word> words, List<Actor> previous) {
        for (Words.Word w : words.subList(0, Math.min(4, words.size()))) {
            if (ReportingVerbs.STATEMENT_NOUNS.contains(w.lower()) && !previous.isEmpty()) {
                return Optional.of(new Attribution(previous, "“" + w.text() + "” continues the statement of "
                        + names(previous)));
            }
        }
        return Optional.empty();
    }

    private BackReferences() {
    }
}
