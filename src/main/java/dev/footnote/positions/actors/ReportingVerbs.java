package dev.footnote.positions.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The verbs by which an actor takes a position ("urged", "warned", "stressed", "called for"…) and the
 * nouns that stand for a statement or a speaker ("the statement", "officials"). Word lists, not a parser:
 * what they miss is listed in the README.
 */
final class ReportingVerbs {

    private static final List<String> LEMMAS = List.of("urge", "warn", "stress", "affirm", "reaffirm", "signal",
            "emphasize", "emphasise", "underscore", "highlight", "reiterate", "insist", "argue", "demand", "declare",
            "announce", "accuse", "blame", "attribute", "condemn", "welcome", "reject", "express", "voice", "pledge",
            "promise", "vow", "propose", "suggest", "maintain", "claim", "indicate", "acknowledge", "criticize",
            "criticise", "threaten", "want", "request", "appeal", "recommend", "ask", "insist", "caution", "hope",
            "oppose", "endorse", "favor", "favour", "advocate", "repeat", "confirm", "assert", "contend", "reaffirm");

    /** Forms that are verbs whatever follows; nouns with the same spelling ("state", "note", "call") are left out. */
    private static final Set<String> FORMS = buildForms();

    /** Forms that are verbs only before "for" or "on": "called for", "calls on". */
    private static final Set<String> CALL = Set.of("call", "calls", "called", "calling");

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "been", "be", "being");

    /** Nouns that stand for a statement already made: "The statement emphasized…", "The emphasis was…". */
    static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "communique", "communiqué", "message",
            "messages", "remarks", "remark", "declaration", "emphasis", "appeal", "letter", "text", "note", "position",
            "stance", "call", "comments", "comment", "response", "reply", "concerns", "concern");

    /** Words that stand for the previous speaker(s). */
    static final Set<String> GROUP_ANAPHORS = Set.of("they", "officials", "representatives", "diplomats", "spokesperson",
            "spokesman", "spokeswoman", "leaders", "ministers", "delegation", "delegations", "authorities", "both", "we");

    /** "It" stands for a previous speaker that is no person: a state, an organisation, a court. */
    static final Set<String> THING_ANAPHORS = Set.of("it");

    static final Set<String> PERSON_ANAPHORS = Set.of("he", "she");

    /** Words that mark a report by the media rather than a position of an actor. */
    static final Set<String> MEDIA_WORDS = Set.of("media", "outlets", "outlet", "newspaper", "newspapers", "agency",
            "agencies", "press", "reporters", "journalists", "broadcaster", "wire");

    private ReportingVerbs() {
    }

    /** Whether the word at {@code i} is a reporting verb. */
    static boolean isVerb(List<Words.Word> words, int i) {
        String w = words.get(i).lower();
        if (CALL.contains(w)) {
            return i + 1 < words.size() && Set.of("for", "on", "upon").contains(words.get(i + 1).lower());
        }
        return FORMS.contains(w);
    }

    /** "was noted by", "reported by": the speaker follows "by". */
    static boolean isPassive(List<Words.Word> words, int i) {
        boolean byFollows = i + 1 < words.size() && "by".equals(words.get(i + 1).lower());
        boolean auxiliaryBefore = i > 0 && PASSIVE_AUXILIARIES.contains(words.get(i - 1).lower());
        return byFollows || (auxiliaryBefore && words.get(i).lower().endsWith("ed"));
    }

    private static Set<String> buildForms() {
        Set<String> forms = new HashSet<>(Set.of("say", "says", "said", "saying", "seek", "seeks", "sought", "seeking",
                "deny", "denies", "denied", "denying", "stated", "noted", "issued", "issuing", "reported", "signalled",
                "signalling", "told", "warned", "insisted", "underlined", "described", "characterized", "characterised",
                "argued", "agreed", "wants"));
        for (String lemma : LEMMAS) {
            forms.add(lemma);
            forms.add(lemma.endsWith("s") ? lemma + "es" : lemma + "s");
            boolean e = lemma.endsWith("e");
            forms.add(e ? lemma + "d" : lemma + "ed");
            forms.add(e ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing");
        }
        return Set.copyOf(forms);
    }
}
