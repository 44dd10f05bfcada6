package dev.footnote.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;

import dev.footnote.text.Sentences;

/**
 * The in-process quantized MiniLM (all-MiniLM-L6-v2, int8 ONNX, shipped by LangChain4j), with what
 * the stock class leaves out:
 * <ul>
 *   <li>the ONNX session's own thread count, so that parallel texts (one per embedding thread) do not
 *       each spread over every core and fight for them;</li>
 *   <li>a lifecycle: {@link #close()} refuses new calls, waits for those in flight (and their worker
 *       threads) and only then closes the native session. A JVM that exits while ONNX Runtime still
 *       runs a session crashes in native code (SIGSEGV in {@code OrtSession.run}, seen during restarts), so
 *       the server closes it before the JVM's shutdown hooks run ({@code StopSignals});</li>
 *   <li>loading under one lock, so two contexts in one JVM never create sessions at the same time.</li>
 * </ul>
 */
public final class MiniLmEmbeddingModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MiniLmEmbeddingModel.class);
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;
    private static final Object LOADING = new Object();

    private final CompletableFuture<Loaded> loaded;
    private final AtomicBoolean loading = new AtomicBoolean();
    private final int threadCount;
    private final int sessionThreads;
    private final ExecutorService threads;
    private final Duration closeWait;
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /** The native session and what reads through it. */
    private record Loaded(OrtSession session, OnnxBertBiEncoder encoder, ContextualPooling pooling) {
    }

    private MiniLmEmbeddingModel(ExecutorService threads, CompletableFuture<Loaded> loaded, Duration closeWait,
                                 int threadCount, int sessionThreads) {
        super(threads);
        this.threads = threads;
        this.loaded = loaded;
        this.closeWait = closeWait;
        this.threadCount = threadCount;
        this.sessionThreads = sessionThreads;
    }

    /**
     * The model, read on first use or earlier by {@link #warmUp()} (about half a second): a server
     * start-up does not wait for it.
     *
     * @param threads          texts embedded in parallel by {@code embedAll}
     * @param sessionThreads   threads ONNX Runtime uses inside one text's run
     * @param closeWait        how long {@link #close()} waits for embeddings in flight
     */
    public static MiniLmEmbeddingModel load(int threads, int sessionThreads, Duration closeWait) {
        return new MiniLmEmbeddingModel(embeddingThreads(threads), new CompletableFuture<>(), closeWait, threads, sessionThreads);
    }

    /** Starts reading the model on a thread of its own, if nothing has yet; returns at once. */
    public void warmUp() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                loaded.complete(read(threadCount, sessionThreads));
            } catch (RuntimeException | Error e) {
                log.error("The embedding model cannot be loaded: {}", e.getMessage());
                loaded.completeExceptionally(e);
            }
        }, "footnote-embedding-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static Loaded read(int threads, int sessionThreads) {
        synchronized (LOADING) {
            long started = System.nanoTime();
            try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                 InputStream poolingTokenizer = resource(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(sessionThreads);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                Loaded loaded = new Loaded(session, new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN),
                        new ContextualPooling(environment, session, poolingTokenizer));
                log.info("Loaded {} in {} ms ({} embedding threads, {} ONNX threads each)", MODEL,
                        (System.nanoTime() - started) / 1_000_000, threads, sessionThreads);
                return loaded;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model " + MODEL + " from the class path", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the embedding model " + MODEL + ": " + e.getMessage(), e);
            }
        }
    }

    /** The loaded model, waiting for the load if it still runs. */
    private Loaded loaded() {
        warmUp();
        try {
            return loaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the embedding model file " + name + " is not on the class path");
        }
        return in;
    }

    private static ExecutorService embeddingThreads(int count) {
        AtomicInteger next = new AtomicInteger();
        return Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "footnote-embedding-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return loaded().encoder();
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        // Every path (embed, embedAll) comes through here; the read lock lets calls run side by side
        // while close() waits for all of them.
        inFlight.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedding model is shut down");
            }
            return super.embedAll(segments);
        } finally {
            inFlight.readLock().unlock();
        }
    }

    /**
     * Each text's vector followed by its parts' vectors, from one model run per text (see
     * {@link ContextualPooling}); texts run in parallel on the embedding threads.
     */
    public List<float[][]> embedPartsInContext(List<String> texts, List<List<Sentences.Span>> parts) {
        inFlight.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedding model is shut down");
            }
            ContextualPooling pooling = loaded().pooling();
            List<CompletableFuture<float[][]>> runs = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                List<Sentences.Span> textParts = parts.get(i);
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return pooling.embed(text, textParts);
                    } catch (OrtException e) {
                        throw new IllegalStateException("ONNX Runtime failed to embed a text: " + e.getMessage(), e);
                    }
                }, threads));
            }
            return runs.stream().map(CompletableFuture::join).toList();
        } finally {
            inFlight.readLock().unlock();
        }
    }

    @Override
    public void close() {
        inFlight.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            threads.shutdown();
            if (!threads.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS)) {
                // Never close a session a thread may still run: leaking it is harmless, the JVM is going away.
                log.warn("Embedding threads still busy after {}; the ONNX session is left open", closeWait);
                return;
            }
            if (!loading.get()) {
                return;
            }
            // a load still running finishes first: its session is closed like any other
            loaded.get(closeWait.toMillis(), TimeUnit.MILLISECONDS).session().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // never loaded: nothing to close
        } catch (TimeoutException e) {
            log.warn("The embedding model was still loading after {}; its session is left open", closeWait);
        } catch (OrtException e) {
            log.warn("Closing the ONNX session failed: {}", e.getMessage());
        } finally {
            inFlight.writeLock().unlock();
        }
    }
}
