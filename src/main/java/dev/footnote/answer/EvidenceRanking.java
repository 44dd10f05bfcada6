package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.text.Sentences;

/**
 * The first ranking of an answer's candidates: every sentence of the retrieved passages scored by its evidence (term
 * coverage with its passage's source and context lines, embedding similarity), with small bonuses for retrieval rank
 * and the question's word pairs; answer type, focus and the learned order come after.
 */
final class EvidenceRanking {

    /** A small bonus for sentences of higher-ranked passages, to break near-ties by retrieval rank. */
    static final double RANK_BONUS = 0.05;
    /** A bonus for sentences that share the question's word pairs, to prefer the sentence on the asked-about phrase. */
    static final double PHRASE_BONUS = 0.1;

    private final SentenceScorer scorer;
    /** Null when the grounding is the evidence itself. */
    private final Grounding grounding;

    EvidenceRanking(SentenceScorer scorer, Grounding grounding) {
        this.scorer = scorer;
        this.grounding = grounding;
    }

    /** Every sentence of the evidence, best first; ties go to the earlier passage and sentence. */
    List<ScoredSentence> rank(Query query, SentenceScorer.QuestionTerms q, List<RetrievedPassage> evidence) {
        String question = query.retrievalText();
        // The vector retrieval computed for this query, not a second embedding.
        float[] questionVector = scorer.questionVector(query::vector);
        Set<String> questionPairs = scorer.wordPairs(question);
        double topScore = evidence.stream().mapToDouble(RetrievedPassage::score).max().orElse(0);
        List<ScoredSentence> all = new ArrayList<>();
        int passageRank = 0;
        for (RetrievedPassage retrieved : evidence) {
            Passage passage = retrieved.passage();
            Set<String> context = scorer.contextTerms(passage);
            // The source line names what the whole passage is about ("Black Death"), and its context lines who wrote it
            // and when (a memo's From: and Date: lines): their terms count as the sentence's own.
            Set<String> source = new HashSet<>(passage.source() == null ? Set.of() : scorer.terms(passage.source()));
            if (passage.context() != null && !passage.context().isBlank()) {
                source.addAll(scorer.terms(passage.context()));
            }
            double passageCoverage = scorer.coverage(q, context, Set.of());
            double retrievalShare = topScore > 0 ? retrieved.score() / topScore : 0;
            List<Sentences.Span> spans = Sentences.split(passage.text());
            double[] similarities = scorer.similarities(questionVector, passage, spans);
            for (int i = 0; i < spans.size(); i++) {
                Sentences.Span span = spans.get(i);
                String sentence = span.of(passage.text());
                // One analysis per sentence: its tokens give both its term set and its word pairs.
                List<String> tokens = scorer.tokens(sentence);
                Set<String> terms = new HashSet<>(tokens);
                Set<String> withSource = new HashSet<>(terms);
                withSource.addAll(source);
                double termCoverage = scorer.coverage(q, withSource, context);
                double strength = scorer.evidence(termCoverage, similarities[i]);
                double sentenceGrounding = grounding == null ? strength : grounding.of(termCoverage,
                        scorer.usesEmbeddings() ? similarities[i] : Double.NaN, passageCoverage);
                double phrase = scorer.phraseMatch(questionPairs, tokens);
                double score = strength + RANK_BONUS * retrievalShare + PHRASE_BONUS * phrase;
                Signals signals = new Signals(termCoverage, similarities[i], passageCoverage, retrievalShare, passageRank, i,
                        tokens.size(), phrase, -1, true);
                all.add(new ScoredSentence(passage, span, strength, sentenceGrounding, score, terms, signals));
            }
            passageRank++;
        }
        // A stable sort keeps evidence order (retrieval rank, then position) among equal scores.
        all.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return all;
    }
}
