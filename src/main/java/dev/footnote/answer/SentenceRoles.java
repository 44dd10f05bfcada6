package dev.footnote.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.Entity;
import dev.footnote.text.EntityType;
import dev.footnote.text.Token;

/**
 * The role a span plays in its sentence, read from the tokens' tags: the main clause's subject, a "by" agent,
 * what "X is the…" defines, and the type a bare name takes from a longer name beside it.
 */
final class SentenceRoles {

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    /** How far after "is"/"was" the question's words may start for "X is the…" to define X. */
    private static final int DEFINITION_REACH = 6;

    private SentenceRoles() {
    }

    /** Whether the entity is followed by "is"/"was" and, within a few tokens, by the question's words ("X is the oldest…"). */
    static boolean definedAs(AnalyzedSentence sentence, Entity entity, List<Integer> anchors) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).end() == entity.end()) {
                if (!COPULAS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    return false;
                }
                int copula = i + 1;
                return anchors.stream().anyMatch(a -> a > copula && a - copula <= DEFINITION_REACH);
            }
        }
        return false;
    }

    /**
     * The entity's type, or for a bare name the type of a longer name of the same sentence that starts
     * with it ("Harvard" beside "the Harvard Corporation" is an organisation).
     */
    static EntityType typeOf(Entity entity, AnalyzedSentence sentence) {
        if (entity.type() != EntityType.NAME) {
            return entity.type();
        }
        return sentence.entities().stream()
                .filter(other -> other.type().isName() && other.type() != EntityType.NAME)
                .filter(other -> other.text().startsWith(entity.text() + " "))
                .map(Entity::type).findFirst().orElse(EntityType.NAME);
    }

    /** Offset of the sentence's first finite verb (its end if none): what comes before is its subject. */
    static int firstFiniteVerb(AnalyzedSentence sentence) {
        return sentence.tokens().stream().filter(t -> t.start() >= clauseStart(sentence))
                .filter(t -> Set.of("VBD", "VBZ", "VBP").contains(t.tag()))
                .mapToInt(Token::start).findFirst().orElse(sentence.end());
    }

    /**
     * Offset where the main clause starts: after an opening prepositional phrase and its comma ("In addition to
     * the Vince Lombardi Trophy that all champions receive, <i>the winner</i>…"), else the sentence's start.
     */
    private static int clauseStart(AnalyzedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || !tokens.get(0).tag().equals("IN")) {
            return sentence.start();
        }
        return tokens.stream().filter(t -> t.text().equals(",")).mapToInt(Token::end).findFirst().orElse(sentence.start());
    }

    /** Whether an entity is the subject of the sentence's main clause: after any opening phrase, before its verb. */
    static boolean isSubject(AnalyzedSentence sentence, Entity entity, int firstVerb) {
        return entity.start() >= clauseStart(sentence) && entity.end() <= firstVerb;
    }

    /** Whether the span starting at {@code charStart} follows "by" (the agent of a passive: "…was won by X"). */
    static boolean afterBy(AnalyzedSentence sentence, int charStart) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == charStart) {
                return tokens.get(i - 1).text().equalsIgnoreCase("by");
            }
        }
        return false;
    }
}
