package dev.footnote.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.footnote.evidence.SentenceScorer;

/**
 * Which sentences an extractive answer quotes: the best, and a further one (up to {@code maxSentences}) only where it
 * is strong enough beside the best, overlaps no quote, and adds question terms or the answer type the quotes lack.
 */
final class QuoteSelection {

    private final SentenceScorer scorer;
    private final ExtractiveAnswerer.Settings settings;
    /** Whether the ranking's scores are the learned ones, on another scale than the evidence. */
    private final boolean learned;

    QuoteSelection(SentenceScorer scorer, ExtractiveAnswerer.Settings settings, boolean learned) {
        this.scorer = scorer;
        this.settings = settings;
        this.learned = learned;
    }

    /** The sentences to quote, best first, from the ranked ones (at least the first). */
    List<ScoredSentence> choose(SentenceScorer.QuestionTerms question, List<ScoredSentence> ranked) {
        List<ScoredSentence> chosen = new ArrayList<>();
        Set<String> quotedTerms = new HashSet<>();
        double best = evidenceScore(ranked.get(0));
        for (ScoredSentence candidate : ranked) {
            if (chosen.size() == settings.maxSentences()) {
                break;
            }
            boolean strongEnough = chosen.isEmpty()
                    || (evidenceScore(candidate) >= settings.relativeCutoff() * best && candidate.grounding() >= settings.minEvidence());
            boolean redundant = chosen.stream()
                    .anyMatch(c -> SentenceScorer.overlap(c.terms(), candidate.terms()) > settings.maxOverlap());
            if (strongEnough && !redundant && (chosen.isEmpty() || addsEvidence(question, quotedTerms, chosen, candidate))) {
                chosen.add(candidate);
                quotedTerms.addAll(candidate.terms());
            }
        }
        return chosen;
    }

    /** The score without the answer-type bonus: further sentences are measured against the best on evidence alone. */
    private double evidenceScore(ScoredSentence s) {
        // A learned score is on another scale: the evidence is then measured as the first ranking measured it.
        return learned
                ? s.coverage() + EvidenceRanking.RANK_BONUS * s.signals().retrievalShare() + EvidenceRanking.PHRASE_BONUS * s.signals().phraseMatch()
                : s.score() - settings.typeWeight() * Math.max(0, s.typeFit());
    }

    /** Whether a further sentence covers question terms the quoted ones lack, or holds the answer type they lack. */
    private boolean addsEvidence(SentenceScorer.QuestionTerms question, Set<String> quotedTerms,
                                 List<ScoredSentence> chosen, ScoredSentence candidate) {
        Set<String> with = new HashSet<>(quotedTerms);
        with.addAll(candidate.terms());
        double gain = scorer.coverage(question, with, Set.of()) - scorer.coverage(question, quotedTerms, Set.of());
        boolean bringsType = candidate.typeFit() > 0 && chosen.stream().allMatch(c -> c.typeFit() == 0);
        return gain >= settings.minGain() || bringsType;
    }
}
