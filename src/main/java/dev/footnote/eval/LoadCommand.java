package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.footnote.text.Sentences;
import dev.footnote.index.IndexWorker;
import dev.footnote.retrieval.PassageCatalog;

/**
 * {@code load [--clients 8] [--seconds 60] [--warm-up 5] [--questions <file>] [--url <base>] [--key <api key>] [--out <load.json>]}:
 * a closed-loop load test over loopback HTTP. Each client sends, one after the other, a
 * {@code POST /api/chat} and a {@code GET /api/search}, with questions from {@code --questions}
 * (one per line) or, by default, the opening words of the corpus's own sentences. Without
 * {@code --url} the server is started in this JVM on a free loopback port over the configured
 * corpus ({@code --footnote.corpus.dir=…} etc. pass through). Prints requests per second and
 * p50/p95/p99 latency per endpoint; any answer other than 200 counts as an error.
 */
public final class LoadCommand {

    static final String USAGE = "usage: java -jar footnote.jar load [--clients 8] [--seconds 60] [--warm-up 5]"
            + " [--questions <file>] [--url <http://127.0.0.1:8080>] [--key <api key>] [--out <load.json>] [--footnote.…=…]";
    private static final int QUESTION_WORDS = 10;
    private static final int SEARCH_WORDS = 3;
    private static final int MAX_QUESTIONS = 500;
    /** Clients start this far apart in the question list (a fraction of it), so that they do not ask in lockstep. */
    private static final int CLIENT_SPREAD = 8;

    private LoadCommand() {
    }

    /** Latency of one endpoint over the measured window. */
    public record EndpointFigures(String endpoint, long requests, long errors, double requestsPerSecond,
                                  double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    }

    public record LoadReport(String url, int clients, double seconds, int questions, int availableProcessors,
                             double requestsPerSecond, List<EndpointFigures> endpoints,
                             long heapUsedBeforeBytes, long heapUsedAfterBytes) {
    }

    public static int run(Class<?> application, String[] args) {
        CommandLine line;
        int clients;
        int seconds;
        int warmUp;
        try {
            line = CommandLine.parse(args, List.of("clients", "seconds", "warm-up", "questions", "url", "out", "key"));
            clients = Integer.parseInt(line.optional("clients", "8"));
            seconds = Integer.parseInt(line.optional("seconds", "60"));
            warmUp = Integer.parseInt(line.optional("warm-up", "5"));
            if (clients < 1 || seconds < 1 || warmUp < 0) {
                throw new IllegalArgumentException("--clients and --seconds must be positive, --warm-up not negative");
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        ConfigurableApplicationContext server = null;
        try {
            String url = line.optional("url", null);
            List<String> questions = line.optional("questions", null) == null ? null : readQuestions(Path.of(line.required("questions")));
            if (url == null) {
                List<String> springArgs = new ArrayList<>(line.springArgs());
                springArgs.add("--server.port=0");
                springArgs.add("--server.address=127.0.0.1");
                server = SpringApplication.run(application, springArgs.toArray(String[]::new));
                url = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
                // The server listens before its corpus is indexed; measure the answers, not an empty index.
                awaitFirstIndexing(server.getBean(IndexWorker.class));
                if (questions == null) {
                    questions = fromCorpus(server.getBean(PassageCatalog.class));
                }
            }
            if (questions == null || questions.isEmpty()) {
                System.err.println("no questions: give --questions <file>, or run without --url over a corpus that has text");
                return 2;
            }
            String authorization = line.optional("key", null) == null ? null : "Bearer " + line.required("key");
            LoadReport report = measure(new Target(url, authorization), questions, clients, seconds, warmUp);
            print(report);
            String out = line.optional("out", null);
            if (out != null) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(out).toFile(), report);
            }
            return report.endpoints().stream().anyMatch(e -> e.errors() > 0) ? 1 : 0;
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The server under load, and the Authorization header to send it (null when it is open). */
    record Target(String url, String authorization) {

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + path));
            return authorization == null ? builder : builder.header("Authorization", authorization);
        }
    }

    static LoadReport measure(Target target, List<String> questions, int clients, int seconds, int warmUp) {
        Runtime runtime = Runtime.getRuntime();
        runLoop(target, questions, clients, warmUp, null, null);
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        List<long[]> chat = new ArrayList<>();
        List<long[]> search = new ArrayList<>();
        AtomicLong chatErrors = new AtomicLong();
        AtomicLong searchErrors = new AtomicLong();
        double elapsed = runLoop(target, questions, clients, seconds, new Sink(chat, chatErrors), new Sink(search, searchErrors));
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        EndpointFigures chatFigures = figures("POST /api/chat", chat, chatErrors.get(), elapsed);
        EndpointFigures searchFigures = figures("GET /api/search", search, searchErrors.get(), elapsed);
        double total = (chatFigures.requests() + searchFigures.requests()) / elapsed;
        return new LoadReport(target.url(), clients, elapsed, questions.size(), runtime.availableProcessors(), total,
                List.of(chatFigures, searchFigures), heapBefore, heapAfter);
    }

    /** Where one endpoint's latencies (nanoseconds, one array per client) and errors go. */
    private record Sink(List<long[]> latencies, AtomicLong errors) {
    }

    /** Runs the clients for {@code seconds}; returns the seconds actually measured. */
    private static double runLoop(Target target, List<String> questions, int clients, int seconds, Sink chat, Sink search) {
        if (seconds == 0) {
            return 0;
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    client(target, questions, client, deadline, chat, search);
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void client(Target target, List<String> questions, int client, long deadline, Sink chat, Sink search) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper json = new ObjectMapper();
        long[] chatLatencies = new long[1 << 16];
        long[] searchLatencies = new long[1 << 16];
        int chats = 0;
        int searches = 0;
        // Each client starts at its own place in the list, so that clients do not ask in lockstep.
        for (int i = client * questions.size() / CLIENT_SPREAD; System.nanoTime() < deadline; i++) {
            String question = questions.get(Math.floorMod(i, questions.size()));
            try {
                HttpRequest ask = target.request("/api/chat")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("message", question))))
                        .build();
                long t = send(http, ask, chat);
                if (chat != null && chats < chatLatencies.length && t >= 0) {
                    chatLatencies[chats++] = t;
                }
                String words = String.join(" ", List.of(question.split("\\s+")).subList(0, Math.min(SEARCH_WORDS, question.split("\\s+").length)));
                HttpRequest find = target.request("/api/search?q=" + java.net.URLEncoder.encode(words, StandardCharsets.UTF_8))
                        .GET().build();
                t = send(http, find, search);
                if (search != null && searches < searchLatencies.length && t >= 0) {
                    searchLatencies[searches++] = t;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (chat != null) {
            synchronized (chat.latencies()) {
                chat.latencies().add(java.util.Arrays.copyOf(chatLatencies, chats));
            }
            synchronized (search.latencies()) {
                search.latencies().add(java.util.Arrays.copyOf(searchLatencies, searches));
            }
        }
    }

    /** The request's latency in nanoseconds, or -1 if it failed (counted as an error). */
    private static long send(HttpClient http, HttpRequest request, Sink sink) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                if (sink != null) {
                    sink.errors().incrementAndGet();
                }
                return -1;
            }
            return took;
        } catch (IOException e) {
            if (sink != null) {
                sink.errors().incrementAndGet();
            }
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static EndpointFigures figures(String endpoint, List<long[]> perClient, long errors, double seconds) {
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        return new EndpointFigures(endpoint, all.length, errors, all.length / seconds,
                percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    private static List<String> readQuestions(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void awaitFirstIndexing(IndexWorker worker) throws InterruptedException {
        System.out.println("load: waiting for the corpus to be indexed");
        while (worker.completedSyncs() == 0 || !worker.idle()) {
            Thread.sleep(100);
        }
    }

    /** The opening words of the corpus's sentences, in index order: questions the corpus can answer. */
    static List<String> fromCorpus(PassageCatalog catalog) {
        Map<String, Boolean> questions = new LinkedHashMap<>();
        catalog.allPassages().forEach(p -> Sentences.split(p.text()).forEach(s -> {
            String[] words = s.of(p.text()).strip().split("\\s+");
            if (words.length >= SEARCH_WORDS && questions.size() < MAX_QUESTIONS) {
                questions.put(String.join(" ", List.of(words).subList(0, Math.min(QUESTION_WORDS, words.length))), true);
            }
        }));
        return List.copyOf(questions.keySet());
    }

    private static void print(LoadReport r) {
        System.out.printf("load: %s, %d clients, %.1f s, %d questions, %d processors%n", r.url(), r.clients(), r.seconds(),
                r.questions(), r.availableProcessors());
        System.out.printf("%-16s %9s %7s %9s %9s %9s %9s %9s%n", "endpoint", "requests", "errors", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        for (EndpointFigures e : r.endpoints()) {
            System.out.printf("%-16s %9d %7d %9.1f %9.2f %9.2f %9.2f %9.1f%n", e.endpoint(), e.requests(), e.errors(),
                    e.requestsPerSecond(), e.p50Ms(), e.p95Ms(), e.p99Ms(), e.maxMs());
        }
        System.out.printf("total %.1f requests/s; heap used %d MB before, %d MB after (after a GC each)%n",
                r.requestsPerSecond(), r.heapUsedBeforeBytes() >> 20, r.heapUsedAfterBytes() >> 20);
    }
}
