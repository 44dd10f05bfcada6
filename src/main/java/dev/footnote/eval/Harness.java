package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.ExtractiveAnswerer;
import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.chat.ChatService;
import dev.footnote.check.CheckRules;
import dev.footnote.check.CheckService;
import dev.footnote.check.UnsupportedWords;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Document;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.lucene.LucenePassageIndex;
import dev.footnote.index.IndexChanges;
import dev.footnote.index.TextEmbedder;
import dev.footnote.library.DocumentLibrary;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.DenseRetriever;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.RetrievalMode;
import dev.footnote.retrieval.Retriever;
import dev.footnote.text.TextAnalyzer;

/**
 * The application without its web server, on a temporary index and an empty corpus folder, so the
 * harness and the benchmark use exactly the beans (retrievers, answerer, settings) that the API uses.
 * Extra arguments such as {@code --footnote.retrieval.rrf-k=30} override the configuration as they would for the server.
 */
final class Harness implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Harness.class);

    private final Path workDir;
    private final ConfigurableApplicationContext context;

    private Harness(Path workDir, ConfigurableApplicationContext context) {
        this.workDir = workDir;
        this.context = context;
    }

    static Harness start(Class<?> application, List<String> springArgs) {
        try {
            Path workDir = Files.createTempDirectory("footnote-eval-");
            Files.createDirectories(workDir.resolve("corpus"));
            List<String> args = new ArrayList<>(springArgs);
            // A kept index (--footnote.index.dir given) is reused across runs; otherwise a temporary one.
            if (springArgs.stream().noneMatch(a -> a.startsWith("--footnote.index.dir="))) {
                args.add("--footnote.index.dir=" + workDir.resolve("index"));
            }
            args.add("--footnote.corpus.dir=" + workDir.resolve("corpus"));
            ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(args.toArray(String[]::new));
            return new Harness(workDir, context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    Path workDir() {
        return workDir;
    }

    /** A bean of the application, e.g. the positions service the API uses. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The on-disk Lucene index; the bench measures its size and a BM25-only twin, which a Solr collection has not. */
    LucenePassageIndex index() {
        // The bean itself: the PassageIndex the application injects is a view over it (VisibleIndex).
        LucenePassageIndex lucene = context.getBeanProvider(LucenePassageIndex.class).getIfAvailable();
        if (lucene == null) {
            throw new IllegalStateException("this command measures the on-disk Lucene index: run it with footnote.index.backend=lucene"
                    + " (eval runs on either backend)");
        }
        return lucene;
    }

    /** The server's own indexer (the bean the web server's start-up, watcher and uploads run). */
    CorpusIndexer indexer() {
        return context.getBean(CorpusIndexer.class);
    }

    CorpusReader reader() {
        return context.getBean(CorpusReader.class);
    }

    TextEmbedder embedder() {
        return context.getBean(TextEmbedder.class);
    }

    /** Whether the configuration embeds every sentence too (footnote.retrieval.sentence-vectors). */
    boolean sentenceVectors() {
        return context.getEnvironment().getProperty("footnote.retrieval.sentence-vectors", Boolean.class, true);
    }

    /** Texts the model embeds in parallel (footnote.retrieval.embedding-threads; 0 is one per processor). */
    int embeddingThreads() {
        int threads = context.getEnvironment().getProperty("footnote.retrieval.embedding-threads", Integer.class, 0);
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Whether sentence vectors are pooled from their passage's run (footnote.retrieval.sentence-vectors-in-context). */
    boolean sentenceVectorsInContext() {
        return context.getEnvironment().getProperty("footnote.retrieval.sentence-vectors-in-context", Boolean.class, false);
    }

    /** The index of whichever backend is configured (footnote.index.backend). */
    PassageIndex backend() {
        return context.getBean(PassageIndex.class);
    }

    /**
     * Indexes the documents into an empty index; a kept index (--footnote.index.dir) that already holds them is used as
     * it is, so that tuning runs skip the embedding.
     *
     * @return false (with a message on stderr) when the kept index holds another number of passages
     */
    boolean loadUnlessKept(List<Document> documents) {
        int kept = backend().passageCount();
        int wanted = documents.stream().mapToInt(d -> d.passages().size()).sum();
        if (kept == 0) {
            load(backend(), documents);
        } else if (kept != wanted) {
            System.err.printf("The index at footnote.index.dir holds %d passages, not this run's %d: give an empty folder.%n", kept, wanted);
            return false;
        }
        return true;
    }

    /** Writes the documents into the index in one commit; returns the seconds it took (embedding included). */
    static double load(PassageIndex index, List<Document> documents) {
        long started = System.nanoTime();
        index.apply(new IndexChanges(documents.stream().map(IndexChanges.Replacement::new).toList(), List.of()));
        double seconds = (System.nanoTime() - started) / 1e9;
        int passages = documents.stream().mapToInt(d -> d.passages().size()).sum();
        log.info("Indexed {} passages in {} s ({} passages/s)", passages, String.format("%.1f", seconds),
                String.format("%.0f", passages / seconds));
        return seconds;
    }

    /** A text check over the application's retrieval and documents with other rules (tuning). */
    CheckService checkService(CheckRules rules) {
        return checkService(rules, SupportWeights.builtIn());
    }

    /** The same with other judge weights, for fitting them. */
    CheckService checkService(CheckRules rules, SupportWeights weights) {
        return checkService(rules, weights, true);
    }

    /** The same, the unsupported words named by the shipped model or, {@code model} false, by the hand rules. */
    CheckService checkService(CheckRules rules, SupportWeights weights, boolean model) {
        SentenceScorer scorer = bean(SentenceScorer.class);
        DocumentLibrary library = bean(DocumentLibrary.class);
        return new CheckService(bean(Retriever.class), bean(PassageCatalog.class),
                new ClaimAnalysis(TextAnalyzer.english(), scorer),
                new SupportJudge(scorer, weights), rules,
                library::status, bean(CheckService.class).maxChars(), model ? UnsupportedWords.builtIn(scorer::idf) : null);
    }

    /** The answer service the API uses (the configured retrieval mode and answerer). */
    AnswerService answerService() {
        return context.getBean(AnswerService.class);
    }

    /** The chat service the API uses: follow-ups rewritten as they are for {@code /api/chat}. */
    ChatService chatService() {
        return context.getBean(ChatService.class);
    }

    /** A mode per retriever, each answering with the extractive answerer the way the answer service does. */
    List<Evaluator.Mode> modes() {
        ExtractiveAnswerer answerer = context.getBean(ExtractiveAnswerer.class);
        int passages = context.getBean(AnswerService.class).passagesPerAnswer();
        List<Evaluator.Mode> modes = new ArrayList<>();
        modes.add(mode(RetrievalMode.BM25, context.getBean(Bm25Retriever.class), answerer, passages));
        modes.add(mode(RetrievalMode.DENSE, context.getBean(DenseRetriever.class), answerer, passages));
        modes.add(mode(RetrievalMode.HYBRID, context.getBean(HybridRetriever.class), answerer, passages));
        return modes;
    }

    private static Evaluator.Mode mode(RetrievalMode mode, Retriever retriever,
                                       ExtractiveAnswerer answerer, int passages) {
        return new Evaluator.Mode(mode, retriever, new AnswerService(retriever, answerer, passages));
    }

    /** The retrieval and answer settings in force, by prefix, to put in a report. */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        context.getBeansWithAnnotation(ConfigurationProperties.class).forEach((name, bean) -> {
            ConfigurationProperties annotation = bean.getClass().getAnnotation(ConfigurationProperties.class);
            // Ranking and answer settings only: the others (paths, chat limits) do not change the figures.
            if (annotation != null && List.of("footnote.retrieval", "footnote.answer").contains(annotation.prefix())) {
                settings.put(annotation.prefix(), bean);
            }
        });
        return settings;
    }

    @Override
    public void close() {
        context.close();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the temporary folder {}: {}", workDir, e.getMessage());
        }
    }
}
