package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.DoubleStream;

import dev.footnote.corpus.Passage;
import dev.footnote.eval.RankingMetrics;
import dev.footnote.eval.SquadLoader;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.PassageIndex;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.text.Sentences;

/**
 * Not a test: indexes all of SQuAD dev (once: the index dir is kept) and writes, for the best
 * {@code footnote.answer.type-candidates} sentences of every n-th question of articles {@code from..to}, the features
 * {@link SentenceRanking} weighs and whether the sentence holds a gold answer (tab-separated), to fit the learned
 * ranking offline ({@code src/test/bench/fit_sentence_ranking.py}). Fit on articles 1–24 only:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.footnote.answer.SentenceFeatures
 * <index dir> <out.tsv> 1 24 1}; further arguments are settings (--footnote.answer.…=…). With {@code -Dextra=true} it adds
 * candidate features the ranking does not weigh (yet): what the neighbouring sentences add to the coverage, the
 * grounding, the hand-set score, the judge's score of the question's focus against the sentence.
 */
public final class SentenceFeatures {

    static final List<String> EXTRA = List.of("prevGain", "nextGain", "grounding", "handScore", "focusScore", "novelTerms",
            "prevCoverage", "prevSimilarity", "prevHandScore", "nextCoverage", "nextSimilarity");

    public static void main(String[] args) throws Exception {
        var ctx = TuningHarness.start(args[0], List.of(args).subList(5, args.length));
        PassageIndex index = ctx.getBean(PassageIndex.class);
        if (index.passageCount() == 0) {
            var docs = new SquadLoader().load(TuningHarness.squad()).documents();
            long t0 = System.nanoTime();
            index.apply(new IndexChanges(docs.stream().map(IndexChanges.Replacement::new).toList(), List.of()));
            System.out.printf("indexed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        boolean extra = Boolean.getBoolean("extra");
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        SentenceScorer scorer = ctx.getBean(SentenceScorer.class);
        int head = ctx.getBean(dev.footnote.config.AnswerProperties.class).typeCandidates();
        List<String> names = new ArrayList<>(SentenceRanking.FEATURES);
        if (extra) {
            names.addAll(EXTRA);
        }
        int qid = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println(TuningHarness.featureHeader(names));
            for (TuningHarness.Asked q : TuningHarness.questions(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]))) {
                List<RetrievedPassage> evidence = retriever.retrieve(new Query(q.question()), 5);
                List<ScoredSentence> ranked = answerer.candidatesForTuning(q.question(), evidence);
                AnswerSpans.Question asked = answerer.questionForTuning(q.question());
                SentenceScorer.QuestionTerms terms = answerer.questionTermsForTuning(q.question());
                for (int r = 0; r < Math.min(head, ranked.size()); r++) {
                    ScoredSentence s = ranked.get(r);
                    double[] features = SentenceRanking.features(asked, s);
                    if (extra) {
                        features = DoubleStream.concat(DoubleStream.concat(DoubleStream.of(features), DoubleStream.of(
                                extras(scorer, terms, s, answerer.focusScoreForTuning(q.question(), s, evidence)))),
                                DoubleStream.concat(neighbour(ranked, s, -1), neighbour(ranked, s, 1))).toArray();
                    }
                    out.println(TuningHarness.featureLine(qid, q, r, RankingMetrics.containsAnswer(s.text(), q.golds()),
                            asked.type(), features, s.text()));
                }
                qid++;
            }
        }
        System.out.println("questions " + qid);
        ctx.close();
        System.exit(0);
    }

    private static double[] extras(SentenceScorer scorer, SentenceScorer.QuestionTerms q, ScoredSentence s, double focus) {
        Passage passage = s.passage();
        List<Sentences.Span> spans = Sentences.split(passage.text());
        int i = s.signals().sentenceIndex();
        Set<String> context = scorer.contextTerms(passage);
        Set<String> own = new HashSet<>(s.terms());
        if (passage.source() != null) {
            own.addAll(scorer.terms(passage.source()));
        }
        double base = scorer.coverage(q, own, context);
        double prev = i > 0 ? gain(scorer, q, own, context, spans.get(i - 1).of(passage.text()), base) : 0;
        double next = i + 1 < spans.size() ? gain(scorer, q, own, context, spans.get(i + 1).of(passage.text()), base) : 0;
        long novel = s.terms().stream().filter(t -> !q.weights().containsKey(t)).count();
        return new double[] {prev, next, s.grounding(), s.score(), focus, Math.log1p(novel)};
    }

    /** The neighbouring sentence's coverage, similarity (and hand-set score, before) as ranked; zeros at an end. */
    private static DoubleStream neighbour(List<ScoredSentence> ranked, ScoredSentence s, int step) {
        int index = s.signals().sentenceIndex() + step;
        for (ScoredSentence other : ranked) {
            if (other.passage().id().equals(s.passage().id()) && other.signals().sentenceIndex() == index) {
                return step < 0 ? DoubleStream.of(other.signals().termCoverage(), other.signals().similarity(), other.score())
                        : DoubleStream.of(other.signals().termCoverage(), other.signals().similarity());
            }
        }
        return step < 0 ? DoubleStream.of(0, 0, 0) : DoubleStream.of(0, 0);
    }

    private static double gain(SentenceScorer scorer, SentenceScorer.QuestionTerms q, Set<String> own, Set<String> context,
                               String neighbour, double base) {
        Set<String> with = new HashSet<>(own);
        with.addAll(scorer.terms(neighbour));
        return scorer.coverage(q, with, context) - base;
    }
}
