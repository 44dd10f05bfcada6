package dev.footnote.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.ClaimWord;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.WordKind;
import dev.footnote.corpus.Passage;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.retrieval.RetrievedPassage;

/**
 * Whether the sentences an answer would quote back the question's <i>focus</i>: the names and numbers it asks about
 * and its content words, less the words that frame the question ("what", "did") or describe the answer ("which
 * <i>year</i>"). "Who is the prime minister of Japan?" is not answered by a sentence about Canada's prime minister,
 * however many of its other words that sentence shares. A name or number of the question must be in a quote or in
 * the passages of the quoted documents that were retrieved (text, source line, section and context lines): an article
 * says "in the 2015 season" once, a paragraph before the sentence that answers. Content words count fully in the quote,
 * at part credit in that context.
 */
final class FocusSupport {

    private final SentenceScorer scorer;
    private final ClaimAnalysis analysis;
    private final SupportJudge judge;

    FocusSupport(SentenceScorer scorer, ClaimAnalysis analysis, SupportJudge judge) {
        this.scorer = scorer;
        this.analysis = analysis;
        this.judge = judge;
    }

    /** The question's focus words: what the quotes must back. */
    List<ClaimWord> focus(String question, SentenceScorer.QuestionTerms terms) {
        Set<String> content = terms.weights().keySet();
        List<ClaimWord> focus = new ArrayList<>();
        for (ClaimWord word : analysis.words(question)) {
            boolean keep = switch (word.kind()) {
                case NAME -> true;
                // "What two railroads…?" counts the answer, it does not name what is asked about; digits ("in 2015") do.
                case NUMBER -> word.text().chars().anyMatch(Character::isDigit);
                // "Which team did not…?" asks for the one who did not; the quote need not say "not" to answer it.
                case NEGATION -> false;
                case CONTENT -> word.terms().stream().anyMatch(content::contains);
            };
            if (keep) {
                focus.add(word);
            }
        }
        return focus;
    }

    /** How the quoted sentences (with their documents' retrieved passages as context) back the focus. */
    SupportJudge.Support of(List<ClaimWord> focus, List<ScoredSentence> quoted, List<RetrievedPassage> retrieved) {
        List<SupportJudge.Evidence> evidence = quoted.stream().map(s -> analysis.evidence(s.text())).toList();
        return judge.judge(focus, evidence, context(quoted, retrieved));
    }

    /**
     * How the best of the candidate sentences back a claim: each candidate with its passage's source line (a sentence
     * of the "Black Death" article is about the Black Death), the claim's words all of them, negations included.
     */
    SupportJudge.Support claim(String claim, List<ScoredSentence> candidates) {
        List<SupportJudge.Evidence> evidence = candidates.stream()
                .map(s -> analysis.evidence(s.passage().source() == null ? s.text() : s.text() + "\n" + s.passage().source()))
                .toList();
        return judge.judge(analysis.words(claim), evidence, SupportJudge.Evidence.NONE);
    }

    /**
     * The quotes' passages, then the other retrieved passages of the same documents, each with its source line, section
     * and context lines (a memo's From: line): a quote leans on them for what it leaves implicit ("It was founded in
     * 1636" in a passage about Harvard; "in the 2015 season" said once at its start). Only what was retrieved is read:
     * a name the search did not bring up with the quote is not taken as said.
     */
    private SupportJudge.Evidence context(List<ScoredSentence> quoted, List<RetrievedPassage> retrieved) {
        StringBuilder text = new StringBuilder();
        Set<String> seen = new HashSet<>();
        Set<String> documents = new HashSet<>();
        for (ScoredSentence s : quoted) {
            documents.add(s.passage().documentId());
            append(text, s.passage(), seen);
        }
        for (RetrievedPassage r : retrieved) {
            if (documents.contains(r.passage().documentId())) {
                append(text, r.passage(), seen);
            }
        }
        return analysis.evidence(text.toString());
    }

    private static void append(StringBuilder text, Passage p, Set<String> seen) {
        if (seen.add(p.id())) {
            append(text, p.source());
            append(text, p.section());
            append(text, p.context());
            append(text, p.text());
        }
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(part).append('\n');
        }
    }

    /** Whether the judgement leaves a name or a number of the question unbacked: the quotes are about something else. */
    static boolean missesFocus(SupportJudge.Support support) {
        return support.lacks(WordKind.NAME) || support.lacks(WordKind.NUMBER);
    }
}
