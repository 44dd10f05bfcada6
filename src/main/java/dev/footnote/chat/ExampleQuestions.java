package dev.footnote.chat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.corpus.Passage;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.text.TextAnalyzer;

/**
 * Example questions for an empty chat that Footnote is known to answer well on the loaded corpus.
 * Candidates are read off its sentences ({@link ExampleCandidates}: actors' statements, dated events,
 * defined names), each is asked of Footnote itself, and only those answered grounded, quoting what the
 * candidate was read from (the actor, the date, the name) with a short answer that agrees or none,
 * are shown. They are worked out on a thread of their own whenever the index changes: a request gets
 * the last examples at once, never waiting for the questions to be asked.
 */
public final class ExampleQuestions implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExampleQuestions.class);

    /** Last words of names that English gives an article: "the European Union", "the United States". */
    private static final Set<String> TAKES_THE = Set.of("union", "states", "nations", "kingdom", "republic", "council",
            "commission", "ministry", "government", "assembly", "parliament", "army", "police", "office", "department",
            "court", "bank", "organization", "organisation", "alliance", "committee", "agency", "forces", "board");

    private final PassageCatalog catalog;
    private final Function<String, CitedAnswer> footnote;
    private final Settings settings;
    private final ExampleCandidates candidates = new ExampleCandidates(TextAnalyzer.english().withoutChunks());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "footnote-examples");
        t.setDaemon(true);
        return t;
    });

    private long version = Long.MIN_VALUE;
    private boolean computing;
    private List<Example> cached = List.of();

    /**
     * How many examples, and how much work finding them may take.
     *
     * @param count    examples shown
     * @param passages passages read for candidates, spread over the documents
     * @param asked    candidates asked at most, before giving up on finding {@code count}
     */
    public record Settings(int count, int passages, int asked) {

        public Settings {
            if (count < 0 || passages < 1 || asked < 1) {
                throw new IllegalArgumentException("count must be >= 0, passages and asked >= 1");
            }
        }

        public static Settings of(int count) {
            return new Settings(count, 200, Math.max(12, 8 * count));
        }
    }

    /** @param footnote asks a question the way chat does (the extractive answerer) */
    public ExampleQuestions(PassageCatalog catalog, Function<String, CitedAnswer> footnote, Settings settings) {
        this.catalog = catalog;
        this.footnote = footnote;
        this.settings = settings;
    }

    /** A question, the name it is about, and in how many passages that name occurs. */
    public record Example(String question, String topic, int passages) {
    }

    /** The examples for the corpus as last worked out; starts working them out again if the index changed since. */
    public synchronized List<Example> examples() {
        long current = catalog.version();
        if (current != version && !computing) {
            computing = true;
            worker.execute(() -> compute(current));
        }
        return cached;
    }

    /** Whether {@link #examples()} gives the examples for the index as it is now (false while they are worked out). */
    public synchronized boolean current() {
        return version == catalog.version() && !computing;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void compute(long forVersion) {
        List<Example> found = List.of();
        try {
            found = find();
        } catch (RuntimeException e) {
            // The index may be changing under us; the next request tries again.
            log.warn("Example questions could not be worked out: {}", e.toString());
        }
        synchronized (this) {
            cached = found;
            version = forVersion;
            computing = false;
        }
    }

    List<Example> find() {
        if (settings.count() == 0) {
            return List.of();
        }
        long started = System.nanoTime();
        List<Passage> passages = spread(settings.passages());
        List<ExampleCandidates.Candidate> queue = interleaved(passages);
        List<Example> examples = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        Set<String> documents = new HashSet<>();
        int asked = 0;
        // Two rounds: first one example per document, then any document, so that a corpus of one document still gets examples.
        for (int round = 0; round < 2 && examples.size() < settings.count(); round++) {
            for (ExampleCandidates.Candidate c : queue) {
                if (examples.size() >= settings.count() || asked >= settings.asked()) {
                    break;
                }
                String topic = c.topic().toLowerCase(Locale.ROOT);
                if (topics.contains(topic) || round == 0 && documents.contains(c.documentId())
                        || examples.stream().anyMatch(e -> e.question().equals(c.question()))) {
                    continue;
                }
                asked++;
                if (answeredWell(c, footnote.apply(c.question()))) {
                    topics.add(topic);
                    documents.add(c.documentId());
                    examples.add(new Example(c.question(), c.topic(), passagesMentioning(c.topic(), passages)));
                }
            }
        }
        log.info("Example questions: {} of {} candidates asked were answered well ({} ms): {}", examples.size(), asked,
                (System.nanoTime() - started) / 1_000_000, examples.stream().map(Example::question).toList());
        return List.copyOf(examples);
    }

    /**
     * Answered grounded, its first citation backing it and quoting what the question was read from
     * (the actor, the date, the name); a short answer, where there is one, agrees with it.
     */
    static boolean answeredWell(ExampleCandidates.Candidate c, CitedAnswer answer) {
        if (!answer.grounded() || answer.citations().isEmpty()) {
            return false;
        }
        Citation first = answer.citations().get(0);
        String expected = c.expected().toLowerCase(Locale.ROOT);
        if (Boolean.FALSE.equals(first.supported()) || !first.quote().toLowerCase(Locale.ROOT).contains(expected)) {
            return false;
        }
        if (answer.shortAnswer() == null) {
            return true;
        }
        String shortAnswer = answer.shortAnswer().text().toLowerCase(Locale.ROOT);
        return expected.contains(shortAnswer) || shortAnswer.contains(expected);
    }

    /** Up to {@code limit} passages, taken from every document in turn, each document's first passages first. */
    private List<Passage> spread(int limit) {
        List<Deque<Passage>> documents = new ArrayList<>();
        // Each document with passages gives one a round, so none past the first `limit` of them is ever reached:
        // only those are read, not the whole corpus.
        List<PassageCatalog.DocumentSummary> reached = catalog.documents().stream()
                .filter(doc -> doc.passages() > 0).limit(limit).toList();
        for (PassageCatalog.DocumentSummary d : reached) {
            documents.add(new ArrayDeque<>(catalog.passagesOf(d.documentId())));
        }
        List<Passage> passages = new ArrayList<>();
        while (passages.size() < limit && documents.stream().anyMatch(q -> !q.isEmpty())) {
            for (Deque<Passage> q : documents) {
                if (!q.isEmpty() && passages.size() < limit) {
                    passages.add(q.poll());
                }
            }
        }
        return passages;
    }

    /** Candidates of every document in turn, and within a document a statement, an event, a name in turn. */
    private List<ExampleCandidates.Candidate> interleaved(List<Passage> passages) {
        Map<String, Map<ExampleCandidates.Kind, Deque<ExampleCandidates.Candidate>>> byDocument = new LinkedHashMap<>();
        for (Passage p : passages) {
            for (ExampleCandidates.Candidate c : candidates.of(p)) {
                byDocument.computeIfAbsent(c.documentId(), d -> new LinkedHashMap<>())
                        .computeIfAbsent(c.kind(), k -> new ArrayDeque<>()).add(c);
            }
        }
        List<ExampleCandidates.Candidate> queue = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Map<ExampleCandidates.Kind, Deque<ExampleCandidates.Candidate>> kinds : byDocument.values()) {
                for (ExampleCandidates.Kind kind : ExampleCandidates.Kind.values()) {
                    Deque<ExampleCandidates.Candidate> q = kinds.get(kind);
                    if (q != null && !q.isEmpty()) {
                        queue.add(q.poll());
                        more = true;
                    }
                }
            }
        }
        return queue;
    }

    private static int passagesMentioning(String topic, List<Passage> passages) {
        String needle = topic.toLowerCase(Locale.ROOT);
        return (int) passages.stream().filter(p -> p.text().toLowerCase(Locale.ROOT).contains(needle)).count();
    }

    static String withArticle(String name) {
        String[] words = name.split("\\s+");
        return words.length > 1 && TAKES_THE.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) ? "the " + name : name;
    }
}
