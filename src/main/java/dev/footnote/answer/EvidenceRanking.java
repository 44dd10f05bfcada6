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
 * and the question's word pairs, each carrying what the sentences before and after it say of the question (for the
 * learned order); answer type, focus and the learned order come after.
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
            List<Read> read = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                // One analysis per sentence: its tokens give both its term set and its word pairs.
                List<String> tokens = scorer.tokens(spans.get(i).of(passage.text()));
                Set<String> terms = new HashSet<>(tokens);
                Set<String> withSource = new HashSet<>(terms);
                withSource.addAll(source);
                read.add(new Read(tokens, terms, withSource, scorer.coverage(q, withSource, context)));
            }
            for (int i = 0; i < spans.size(); i++) {
                Read sentence = read.get(i);
                double termCoverage = sentence.coverage();
                double strength = scorer.evidence(termCoverage, similarities[i]);
                double sentenceGrounding = grounding == null ? strength : grounding.of(termCoverage,
                        scorer.usesEmbeddings() ? similarities[i] : Double.NaN, passageCoverage);
                double phrase = scorer.phraseMatch(questionPairs, sentence.tokens());
                double score = strength + RANK_BONUS * retrievalShare + PHRASE_BONUS * phrase;
                Signals signals = new Signals(termCoverage, similarities[i], passageCoverage, retrievalShare, passageRank, i,
                        sentence.tokens().size(), phrase, -1, true, neighbour(q, context, read, similarities, i, i - 1),
                        neighbour(q, context, read, similarities, i, i + 1));
                all.add(new ScoredSentence(passage, spans.get(i), strength, sentenceGrounding, score, sentence.terms(),
                        signals));
            }
            passageRank++;
        }
        // A stable sort keeps evidence order (retrieval rank, then position) among equal scores.
        all.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return all;
    }

    /** A sentence as analysed: its tokens, its terms, those with its source and context lines, and their coverage. */
    private record Read(List<String> tokens, Set<String> terms, Set<String> withSource, double coverage) {
    }

    /** Sentence {@code at} as the neighbour of sentence {@code of}: its coverage, similarity and what it adds. */
    private Signals.Neighbour neighbour(SentenceScorer.QuestionTerms q, Set<String> context, List<Read> read,
                                        double[] similarities, int of, int at) {
        if (at < 0 || at >= read.size()) {
            return Signals.Neighbour.NONE;
        }
        Set<String> together = new HashSet<>(read.get(of).withSource());
        together.addAll(read.get(at).terms());
        double gain = scorer.coverage(q, together, context) - read.get(of).coverage();
        return new Signals.Neighbour(read.get(at).coverage(), similarities[at], gain);
    }
}
