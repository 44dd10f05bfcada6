package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.footnote.eval.RankingMetrics;
import dev.footnote.eval.SquadLoader;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.PassageIndex;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;

/**
 * Not a test: indexes all of SQuAD dev (once: the index dir is kept) and writes, for the best
 * {@code footnote.answer.type-candidates} sentences of every n-th question of articles {@code from..to}, the features
 * {@link SentenceRanking} weighs and whether the sentence holds a gold answer (tab-separated), to fit the learned
 * ranking offline ({@code src/test/bench/fit_sentence_ranking.py}). Fit on articles 1–24 only:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.footnote.answer.SentenceFeatures
 * <index dir> <out.tsv> 1 24 1}; further arguments are settings (--footnote.answer.…=…)
 */
public final class SentenceFeatures {

    public static void main(String[] args) throws Exception {
        var ctx = TuningHarness.start(args[0], List.of(args).subList(5, args.length));
        PassageIndex index = ctx.getBean(PassageIndex.class);
        if (index.passageCount() == 0) {
            var docs = new SquadLoader().load(TuningHarness.squad()).documents();
            long t0 = System.nanoTime();
            index.apply(new IndexChanges(docs.stream().map(IndexChanges.Replacement::new).toList(), List.of()));
            System.out.printf("indexed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        int head = ctx.getBean(dev.footnote.config.AnswerProperties.class).typeCandidates();
        int qid = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println(TuningHarness.featureHeader(SentenceRanking.FEATURES));
            for (TuningHarness.Asked q : TuningHarness.questions(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]))) {
                List<RetrievedPassage> evidence = retriever.retrieve(new Query(q.question()), 5);
                List<ScoredSentence> ranked = answerer.candidatesForTuning(q.question(), evidence);
                AnswerSpans.Question asked = answerer.questionForTuning(q.question());
                for (int r = 0; r < Math.min(head, ranked.size()); r++) {
                    ScoredSentence s = ranked.get(r);
                    out.println(TuningHarness.featureLine(qid, q, r, RankingMetrics.containsAnswer(s.text(), q.golds()), asked.type(),
                            SentenceRanking.features(asked, s), s.text()));
                }
                qid++;
            }
        }
        System.out.println("questions " + qid);
        ctx.close();
        System.exit(0);
    }
}
