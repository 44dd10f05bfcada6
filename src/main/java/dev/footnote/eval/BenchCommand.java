package dev.footnote.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.IndexSyncReport;
import dev.footnote.index.lucene.LucenePassageIndex;

/**
 * {@code bench --path <squad.json> [--out bench.json] [--queries 2000]}: indexing throughput with
 * and without embeddings through the server's own indexer (a corpus folder of the SQuAD articles),
 * restart time on the unchanged folder, the embedding model's own limit on one and two threads,
 * index size on disk, and query latency per retrieval mode at 1 and 8 concurrent clients.
 */
public final class BenchCommand {

    static final String USAGE = "usage: java -jar footnote.jar bench --path <squad.json> [--out <bench.json>] [--queries <n>]";
    private static final int[] CLIENTS = {1, 8};
    private static final int WARM_UP_QUERIES = 200;

    private BenchCommand() {
    }

    /** Indexing of one kind: how long, how fast, how big. */
    public record Indexing(int passages, double seconds, double passagesPerSecond, long indexBytes) {
    }

    /** Latency of one mode at one level of concurrency; throughput in queries per second. */
    public record QueryLatency(int clients, int queries, double p50Ms, double p99Ms, double queriesPerSecond) {
    }

    /**
     * @param restartSeconds       a second synchronisation of the unchanged corpus folder: what a restart does besides starting the JVM
     * @param modelLimit           the embedding model alone on the same passages: the physical limit of indexing with embeddings
     * @param shareOfModelLimit    indexing with embeddings as a share of the model's two-thread limit
     * @param modelBusy            the share of the indexing time the embedding threads were working ({@link ModelBusy}):
     *                             unlike the share of the limit, measured at another moment, it holds on a shared machine
     */
    public record BenchReport(String dataset, int passages, int availableProcessors, Indexing withoutEmbeddings,
                              Indexing withEmbeddings, Map<String, List<QueryLatency>> queries, double restartSeconds,
                              ModelLimit modelLimit, double shareOfModelLimit, double modelBusy) {
    }

    public static int run(Class<?> application, String[] args) {
        CommandLine line;
        EvalDataset dataset;
        int queryCount;
        try {
            line = CommandLine.parse(args, List.of("path", "out", "queries"));
            dataset = new SquadLoader().load(Path.of(line.required("path")));
            queryCount = Integer.parseInt(line.optional("queries", "2000"));
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (Harness harness = Harness.start(application, line.springArgs())) {
            // The documents go into a corpus folder and through the server's own indexer, exactly
            // the path of the server's start-up, watched folder and uploads.
            Path corpus = harness.workDir().resolve("bench-corpus");
            CorpusFiles.write(dataset.documents(), corpus);
            LucenePassageIndex withVectors = harness.index();
            Indexing plain;
            try (LucenePassageIndex bm25Only = withVectors.bm25OnlyTwin(harness.workDir().resolve("bm25-only"))) {
                double seconds = seconds(new CorpusIndexer(harness.reader(), bm25Only).sync(corpus));
                plain = indexing(bm25Only.passageCount(), seconds, bm25Only.sizeOnDisk());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            CorpusIndexer indexer = harness.indexer();
            // The model read before the clock starts (the server reads it while it starts up): its few seconds of loading
            // are no part of indexing's pace, nor of the limit it is set against.
            harness.embedder().embed("warm-up");
            Indexing embedded;
            double modelBusy;
            try (ModelBusy busy = ModelBusy.start(harness.embeddingThreads())) {
                embedded = indexing(0, seconds(indexer.sync(corpus)), 0);
                modelBusy = busy.share();
            }
            embedded = indexing(withVectors.passageCount(), embedded.seconds(), withVectors.sizeOnDisk());
            double restartSeconds = seconds(indexer.sync(corpus));
            ModelLimit limit = ModelLimit.measure(harness.embedder(), withVectors, harness.sentenceVectors(),
                    harness.sentenceVectorsInContext());

            List<String> questions = sample(dataset, queryCount);
            Map<String, List<QueryLatency>> latencies = new LinkedHashMap<>();
            for (Evaluator.Mode mode : harness.modes()) {
                List<QueryLatency> perClients = new ArrayList<>();
                for (int clients : CLIENTS) {
                    perClients.add(measure(mode, questions, clients));
                }
                latencies.put(mode.mode().label(), perClients);
            }
            BenchReport report = new BenchReport(dataset.name(), withVectors.passageCount(),
                    Runtime.getRuntime().availableProcessors(), plain, embedded, latencies, round(restartSeconds), limit,
                    round(embedded.passagesPerSecond() / limit.twoThreadsPassagesPerSecond()), round(modelBusy));
            print(report);
            EvalCommand.writeIfAsked(line, report);
        }
        return 0;
    }

    private static Indexing indexing(int passages, double seconds, long bytes) {
        return new Indexing(passages, round(seconds), round(passages / seconds), bytes);
    }

    private static double seconds(IndexSyncReport report) {
        return report.millis() / 1000.0;
    }

    /** Every n-th question, so the sample spans all articles. */
    private static List<String> sample(EvalDataset dataset, int count) {
        int step = Math.max(1, dataset.questions().size() / Math.max(1, count));
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < dataset.questions().size() && questions.size() < count; i += step) {
            questions.add(dataset.questions().get(i).text());
        }
        return questions;
    }

    private static QueryLatency measure(Evaluator.Mode mode, List<String> questions, int clients) {
        for (int i = 0; i < Math.min(WARM_UP_QUERIES, questions.size()); i++) {
            mode.retriever().retrieve(questions.get(i), 10);
        }
        double[] millis = new double[questions.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < questions.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        mode.retriever().retrieve(questions.get(i), 10);
                        millis[i] = (System.nanoTime() - t0) / 1e6;
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("benchmark query failed", e);
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        java.util.Arrays.sort(millis);
        return new QueryLatency(clients, questions.size(), round(RankingMetrics.percentile(millis, 50)),
                round(RankingMetrics.percentile(millis, 99)), round(questions.size() / wall));
    }

    private static void print(BenchReport r) {
        System.out.printf("%s: %d passages, %d processors%n", r.dataset(), r.passages(), r.availableProcessors());
        System.out.printf("indexing without embeddings: %.1f s, %.0f passages/s, %,d bytes on disk%n",
                r.withoutEmbeddings().seconds(), r.withoutEmbeddings().passagesPerSecond(), r.withoutEmbeddings().indexBytes());
        System.out.printf("indexing with embeddings:    %.1f s, %.0f passages/s, %,d bytes on disk%n",
                r.withEmbeddings().seconds(), r.withEmbeddings().passagesPerSecond(), r.withEmbeddings().indexBytes());
        System.out.printf("restart (unchanged corpus folder): %.2f s%n", r.restartSeconds());
        ModelLimit m = r.modelLimit();
        System.out.printf("model limit (%d passages, %d texts embedded each with sentences=%s): 1 thread %.0f passages/s, 2 threads %.0f passages/s (x%.2f)%n",
                m.passages(), m.texts(), m.sentenceVectors(), m.oneThreadPassagesPerSecond(), m.twoThreadsPassagesPerSecond(),
                m.twoThreadsPassagesPerSecond() / m.oneThreadPassagesPerSecond());
        System.out.printf("indexing with embeddings reaches %.0f%% of the model's two-thread limit%n", 100 * r.shareOfModelLimit());
        System.out.printf("the embedding threads worked %.0f%% of the indexing time%n", 100 * r.modelBusy());
        System.out.printf("%-7s %8s %8s %8s %8s%n", "mode", "clients", "p50 ms", "p99 ms", "q/s");
        r.queries().forEach((mode, list) -> list.forEach(q -> System.out.printf("%-7s %8d %8.2f %8.2f %8.1f%n",
                mode, q.clients(), q.p50Ms(), q.p99Ms(), q.queriesPerSecond())));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
