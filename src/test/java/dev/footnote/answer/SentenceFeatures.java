package dev.footnote.answer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * <index dir> <out.tsv> 1 24 1 --footnote.answer.type-candidates=12}
 */
public final class SentenceFeatures {

    public static void main(String[] args) throws Exception {
        Path squad = Path.of(System.getProperty("squad", "../shared/data/squad-dev-v1.1.json"));
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        int every = Integer.parseInt(args[4]);
        List<String> springArgs = new ArrayList<>(List.of("--footnote.index.dir=" + args[0],
                "--footnote.corpus.dir=" + Files.createTempDirectory("empty"), "--footnote.corpus.watch=false",
                "--spring.datasource.url=jdbc:h2:mem:features"));
        springArgs.addAll(List.of(args).subList(5, args.length));
        var ctx = new SpringApplicationBuilder(dev.footnote.FootnoteApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(springArgs.toArray(String[]::new));
        PassageIndex index = ctx.getBean(PassageIndex.class);
        if (index.passageCount() == 0) {
            var docs = new SquadLoader().load(squad).documents();
            long t0 = System.nanoTime();
            index.apply(new IndexChanges(docs.stream().map(IndexChanges.Replacement::new).toList(), List.of()));
            System.out.printf("indexed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        HybridRetriever retriever = ctx.getBean(HybridRetriever.class);
        ExtractiveAnswerer answerer = ctx.getBean(ExtractiveAnswerer.class);
        JsonNode data = new ObjectMapper().readTree(squad.toFile()).get("data");
        int k = 0;
        int qid = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("qid\tarticle\trank\tlabel\tqtype\t" + String.join("\t", SentenceRanking.FEATURES) + "\tquestion\tsentence");
            int head = ctx.getBean(dev.footnote.config.AnswerProperties.class).typeCandidates();
            for (int a = from; a <= to; a++) {
                for (JsonNode p : data.get(a - 1).get("paragraphs")) {
                    for (JsonNode qa : p.get("qas")) {
                        if ((k++) % every != 0) {
                            continue;
                        }
                        String question = qa.get("question").asText();
                        List<String> golds = new ArrayList<>();
                        qa.get("answers").forEach(x -> golds.add(x.get("text").asText()));
                        List<RetrievedPassage> evidence = retriever.retrieve(new Query(question), 5);
                        List<ScoredSentence> ranked = answerer.candidatesForTuning(question, evidence);
                        AnswerSpans.Question asked = answerer.questionForTuning(question);
                        for (int r = 0; r < Math.min(head, ranked.size()); r++) {
                            ScoredSentence s = ranked.get(r);
                            StringBuilder line = new StringBuilder();
                            line.append(qid).append('\t').append(a).append('\t').append(r).append('\t')
                                    .append(SquadText.contains(s.text(), golds) ? 1 : 0).append('\t').append(asked.type());
                            for (double f : SentenceRanking.features(asked, s)) {
                                line.append('\t').append(String.format(Locale.ROOT, "%.4f", f));
                            }
                            line.append('\t').append(question.replace('\t', ' ')).append('\t')
                                    .append(s.text().replace('\t', ' ').replace('\n', ' '));
                            out.println(line);
                        }
                        qid++;
                    }
                }
            }
        }
        System.out.println("questions " + qid);
        ctx.close();
        System.exit(0);
    }
}
