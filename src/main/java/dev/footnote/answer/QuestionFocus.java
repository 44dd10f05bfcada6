package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.footnote.evidence.SentenceScorer;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.text.Token;

/**
 * What a sentence must share with the question beyond its words: the question's names and its verb. Sentences
 * that lack them lose rank, and a best sentence that lacks them (or evidence that lacks a name) grounds less.
 */
final class QuestionFocus {

    private final SentenceScorer scorer;
    private final SentenceAnalyses analyses;
    private final double penalty;
    private final int candidates;

    /**
     * @param analyses   where the sentences' tags come from (shared with the type ranking)
     * @param penalty    what each missing name or the missing verb takes off a candidate's score; 0 only records them
     * @param candidates how many of the best sentences are re-ranked
     */
    QuestionFocus(SentenceScorer scorer, SentenceAnalyses analyses, double penalty, int candidates) {
        this.scorer = scorer;
        this.analyses = analyses;
        this.penalty = penalty;
        this.candidates = candidates;
    }

    /**
     * The names (and dates) of the question that no retrieved passage mentions: "When was the Victoria and Albert
     * Museum founded?" over passages about Victoria (Australia) is not answered by them, however many of its other
     * words they share. A name is mentioned when one passage (its text or source line) holds all its terms, or
     * their alternatives ("Washington" → "United States").
     */
    List<String> missingNames(AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms, List<RetrievedPassage> evidence) {
        List<Set<String>> passages = evidence.stream().map(r -> scorer.contextTerms(r.passage())).toList();
        List<String> missing = new ArrayList<>();
        for (String name : asked.names()) {
            List<String> nameTerms = scorer.terms(name).stream().toList();
            boolean mentioned = nameTerms.isEmpty() || passages.stream()
                    .anyMatch(p -> nameTerms.stream().allMatch(t -> terms.heldBy(t, p)));
            if (!mentioned) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * The best sentences again, each less {@code focusPenalty} for a name of the question that neither it nor its
     * source line holds and for the question's verb that it does not use: "…reaching <i>Crimea</i> by 1343" does not
     * say when the Black Death reached <i>Europe</i>; "Plague was first introduced to Europe … in 1347" does.
     */
    List<ScoredSentence> rerank(AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms, List<ScoredSentence> ranked) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        List<List<String>> names = asked.names().stream().map(n -> List.copyOf(scorer.terms(n))).toList();
        int top = Math.min(Math.max(1, candidates), ranked.size());
        List<ScoredSentence> head = new ArrayList<>(top);
        for (ScoredSentence s : ranked.subList(0, top)) {
            Set<String> held = new HashSet<>(s.terms());
            if (s.passage().source() != null) {
                held.addAll(scorer.terms(s.passage().source()));
            }
            if (s.passage().context() != null && !s.passage().context().isBlank()) {
                held.addAll(scorer.terms(s.passage().context()));
            }
            int missingNames = (int) names.stream().filter(n -> !n.stream().allMatch(t -> terms.heldBy(t, held))).count();
            boolean verb = statesVerb(asked, terms, s);
            head.add(s.withFocus(s.score() - penalty * (missingNames + (verb ? 0 : 1)), missingNames, verb));
        }
        head.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        List<ScoredSentence> all = new ArrayList<>(head);
        all.addAll(ranked.subList(top, ranked.size()));
        return all;
    }

    /**
     * Whether the sentence uses the question's main verb, or an alternative of it, as a verb:
     * "Twain described Tesla's motor <i>invention</i> as the most valuable patent since the telephone" does not say
     * who <i>invented</i> the telephone. True when the question has no main verb.
     */
    boolean statesVerb(AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms, ScoredSentence sentence) {
        List<String> verb = asked.verb().isEmpty() ? List.of() : scorer.terms(asked.verb()).stream().toList();
        if (verb.size() != 1) {
            return true;
        }
        List<Token> tokens = analyses.of(sentence).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.tag().startsWith("VB") && !adjectival(tokens, i) && terms.heldBy(verb.get(0), scorer.terms(token.text()))) {
                return true;
            }
        }
        return false;
    }

    /** A participle after a determiner modifies a noun ("a <i>founding</i> member"): it states no act. */
    private static boolean adjectival(List<Token> tokens, int i) {
        String tag = tokens.get(i).tag();
        return (tag.equals("VBG") || tag.equals("VBN")) && i > 0
                && (tokens.get(i - 1).tag().equals("DT") || tokens.get(i - 1).tag().equals("PRP$"));
    }
}
