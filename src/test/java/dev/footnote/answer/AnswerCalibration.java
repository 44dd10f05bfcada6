package dev.footnote.answer;

import java.util.List;
import java.util.Locale;

import dev.footnote.eval.AnswerEvaluator;
import dev.footnote.eval.SquadLoader;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.PassageIndex;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;

/**
 * Calibration of the refusal rule, not a test: indexes SQuAD dev articles {@code from..to} into a scratch index
 * (once: kept between runs), asks every n-th question of them (in corpus) and of articles {@code nf..nt} (out of
 * corpus) with the answer settings the server runs with, and prints, over a grid of {@code min-evidence} ×
 * {@code max-absent}, the share of in-corpus questions answered and of out-of-corpus ones refused, then the
 * answer quality at the configured operating point. Tune on articles 1–24 only:
 * {@code java -Dsquad=../shared/data/squad-dev-v1.1.json -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.footnote.answer.AnswerCalibration /tmp/tune-index 1 12 13 24 3}
 */
public final class AnswerCalibration {

    private static dev.footnote.evidence.SentenceScorer SCORER;

    public static void main(String[] args) throws Exception {
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        int every = Integer.parseInt(args[5]);
        // Further arguments are answer settings to try, e.g. --footnote.answer.focus-penalty=0
        var ctx = TuningHarness.start(args[0], List.of(args).subList(6, args.length));
        PassageIndex index = ctx.getBean(PassageIndex.class);
        var docs = new SquadLoader().load(TuningHarness.squad()).documents().subList(from - 1, to);
        if (index.passageCount() == 0) {
            index.apply(new IndexChanges(docs.stream().map(IndexChanges.Replacement::new).toList(), List.of()));
        }
        System.out.println("indexed " + index.passageCount() + " passages");
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        SCORER = ctx.getBean(dev.footnote.evidence.SentenceScorer.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);

        List<TuningHarness.Asked> inCorpus = TuningHarness.questions(from, to, every);
        List<String> positives = inCorpus.stream().map(TuningHarness.Asked::question).toList();
        List<String> negatives = TuningHarness.questions(Integer.parseInt(args[3]), Integer.parseInt(args[4]), every).stream()
                .map(TuningHarness.Asked::question).toList();
        double[][] pos = features(positives, retriever, answerer);
        double[][] neg = features(negatives, retriever, answerer);
        System.out.printf("in corpus %d, out of corpus %d%n", positives.size(), negatives.size());
        for (double absent = 1; absent <= 1.001; absent += 0.5) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s:", "grounding"));
            for (double min = 0.30; min <= 0.601; min += 0.0125) {
                line.append(String.format(Locale.ROOT, " %.3f→%.3f/%.3f", min, share(pos, min, absent, true),
                        share(neg, min, absent, false)));
            }
            System.out.println(line);
        }
        // Quality at the configured operating point, measured as the eval command measures it.
        System.out.println("configured: " + new AnswerEvaluator(ctx.getBean(AnswerService.class))
                .quality(inCorpus.stream().map(TuningHarness.Asked::eval).toList()));
        ctx.close();
        System.exit(0);
    }

    /** Per question: the best sentence's evidence and the absent share. */
    private static double[][] features(List<String> questions, HybridRetriever retriever, ExtractiveAnswerer answerer) {
        double[][] f = new double[questions.size()][];
        for (int i = 0; i < questions.size(); i++) {
            List<RetrievedPassage> evidence = retriever.retrieve(new Query(questions.get(i)), 5);
            List<ScoredSentence> ranked = answerer.rankForTuning(questions.get(i), evidence);
            List<String> missing = answerer.missingNamesForTuning(questions.get(i), evidence);
            f[i] = new double[] {answerer.groundingForTuning(questions.get(i), evidence), missing.isEmpty() ? 0 : 1};
            if (System.getProperty("verbs") != null && !ranked.isEmpty()) {
                AnswerSpans.Question asked = answerer.questionForTuning(questions.get(i));
                boolean states = answerer.statesVerb(asked, answerer.questionTermsForTuning(questions.get(i)), ranked.get(0));
                System.out.printf(Locale.ROOT, "V,%s,%d,%d,%.4f,%s%n", asked.verb(), states ? 1 : 0, (int) f[i][1], f[i][0],
                        questions.get(i).replace(',', ' '));
            }
            if (System.getProperty("features") != null && !ranked.isEmpty()) {
                var scorer = SCORER;
                var q = answerer.questionTermsForTuning(questions.get(i));
                ScoredSentence best = ranked.get(0);
                double termCov = scorer.coverage(q, best.terms(), scorer.contextTerms(best.passage()));
                double fullCov = scorer.coverage(q, best.terms(), java.util.Set.of());
                double passageCov = evidence.stream().mapToDouble(r -> scorer.coverage(q, scorer.contextTerms(r.passage()),
                        java.util.Set.of())).max().orElse(0);
                double bestPassageCov = scorer.coverage(q, scorer.contextTerms(best.passage()), java.util.Set.of());
                System.out.printf(Locale.ROOT, "F,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%.4f,%.4f,%d,%.4f%n", best.coverage(), termCov,
                        fullCov, passageCov, bestPassageCov, answerer.groundingForTuning(questions.get(i), evidence),
                        missing.size(), evidence.get(0).score(), best.typeFit(), q.weights().size(), q.total());
            }
            if (System.getProperty("grounding") != null && !ranked.isEmpty()) {
                // Per question, what a refusal rule could weigh: the grounding, the learned score and the signals of
                // the best sentence, the best retrieval score, the question's names no passage holds.
                ScoredSentence best = ranked.get(0);
                Signals g = best.signals();
                System.out.printf(Locale.ROOT, "G,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%d,%d,%.3f,%s%n", f[i][0], best.score(),
                        g.similarity(), g.termCoverage(), g.passageCoverage(), evidence.get(0).score(), missing.size(),
                        g.missingNames(), g.statesVerb() ? 0 : 1, Math.max(0, best.typeFit()), questions.get(i).replace(',', ' '));
            }
            if (System.getProperty("show") != null && !ranked.isEmpty()) {
                System.out.printf(Locale.ROOT, "Q %.3f %s %s | %s%n", f[i][0], missing, questions.get(i),
                        ranked.get(0).text().substring(0, Math.min(160, ranked.get(0).text().length())));
            }
        }
        return f;
    }

    private static double share(double[][] f, double minEvidence, double maxAbsent, boolean answered) {
        long count = java.util.Arrays.stream(f).filter(x -> (x[0] >= minEvidence && x[1] <= maxAbsent) == answered).count();
        return (double) count / f.length;
    }
}
