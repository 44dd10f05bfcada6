package dev.footnote.answer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.search.similarities.BM25Similarity;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.PassageVectors;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.llm.LangChainTextEmbedder;

/**
 * How long citation verification takes per LLM answer (the latency it adds before the answer is
 * returned), on the seed corpus with the in-process MiniLM (quantized). Not a test; run with
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.footnote.answer.VerificationBenchmark</pre>
 * Optional arguments: rounds (default 200).
 */
public final class VerificationBenchmark {

    /** Typical answers: 1–4 sentences, one or two markers each, some unsupported, one bad marker. */
    private static final List<String> ANSWERS = List.of(
            "Vucevic said the armed forces and police are prepared to respond if necessary to secure the republic [3].",
            "Vucevic said the armed forces and police are prepared to respond if necessary [3]. He also signalled willingness to "
                    + "pursue an agreement that would strengthen security guarantees for Serbs in Kosovo [3]. He stressed that "
                    + "dialogue does not mean redrawing security lines [3].",
            "The United States and the European Union urged an immediate de-escalation in Kosovo [1]. They called for maximum "
                    + "restraint from all sides [1][2]. Officials said peaceful coexistence must be safeguarded [2]. "
                    + "President Vucic warned of consequences if external actors fail to apply even pressure [4].",
            "Vucevic announced that Serbia will recognise Kosovo's independence [3]. The EU imposed sanctions on Serbia [1][7].");

    private VerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path indexDir = Path.of("target", "verification-benchmark-index");
        org.springframework.util.FileSystemUtils.deleteRecursively(indexDir);
        long loadStart = System.nanoTime();
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        LangChainTextEmbedder embedder = new LangChainTextEmbedder(model, "all-minilm-l6-v2-q");
        // Built as the server builds it: passage and sentence vectors stored.
        try (PassageIndex index = PassageIndex.open(indexDir, new FootnoteAnalyzer(), new BM25Similarity(),
                new PassageVectors(embedder, 32, true))) {
            new CorpusIndexer(new CorpusReader(new PassageSplitter(250)), index).sync(Path.of("corpus"));
            String documentId = index.files().values().iterator().next().documentId();
            List<Passage> passages = index.passagesOf(documentId).stream().sorted(Comparator.comparingInt(Passage::ordinal)).toList();
            SentenceScorer scorer = new SentenceScorer(new TermWeights(index));
            CitationVerifier.Settings settings = new CitationVerifier.Settings(0.5, 0.5);
            CitationVerifier warm = new CitationVerifier(scorer, new SentenceEmbeddings(embedder), settings);

            System.out.printf(Locale.ROOT, "cores=%d java=%s rounds=%d model load=%.0f ms%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), rounds, loadMs);
            for (int i = 0; i < 20; i++) {
                ANSWERS.forEach(a -> warm.verify(a, passages));
            }
            // cold: a fresh verifier per answer, no stored vectors, so every passage sentence is embedded;
            // warm: passage-sentence embeddings cached, only the answer's sentences are embedded;
            // stored: a fresh verifier reading the sentence vectors the index keeps (the server's default).
            for (String mode : List.of("cold", "warm", "stored")) {
                System.out.println(mode + ": answer  sentences  citations  mean_ms  p50_ms  p95_ms  max_ms");
                double total = 0;
                for (int a = 0; a < ANSWERS.size(); a++) {
                    String answer = ANSWERS.get(a);
                    double[] ms = new double[rounds];
                    CitationVerifier.Verification v = null;
                    for (int r = 0; r < rounds; r++) {
                        CitationVerifier verifier = switch (mode) {
                            case "cold" -> new CitationVerifier(scorer, new SentenceEmbeddings(embedder), settings);
                            case "stored" -> new CitationVerifier(scorer, new SentenceEmbeddings(embedder, index), settings);
                            default -> warm;
                        };
                        long start = System.nanoTime();
                        v = verifier.verify(answer, passages);
                        ms[r] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(ms);
                    double mean = Arrays.stream(ms).average().orElse(0);
                    total += mean;
                    System.out.printf(Locale.ROOT, "%12d  %9d  %9d  %7.1f  %6.1f  %6.1f  %6.1f%n", a + 1,
                            dev.footnote.text.Sentences.split(answer).size(), v.citations().size(), mean,
                            ms[rounds / 2], ms[(int) (rounds * 0.95)], ms[rounds - 1]);
                }
                System.out.printf(Locale.ROOT, "%s: mean over the %d answers: %.1f ms per answer%n", mode, ANSWERS.size(), total / ANSWERS.size());
            }
        }
    }
}
