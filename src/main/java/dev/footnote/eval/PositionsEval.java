package dev.footnote.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.answer.Citation;
import dev.footnote.corpus.Document;
import dev.footnote.positions.Position;
import dev.footnote.positions.PositionsReport;
import dev.footnote.positions.PositionsService;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.ActorCatalog;
import dev.footnote.positions.actors.Statement;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * {@code eval --format positions --path val2.jsonl [--topics 20] [--rounds 3] [--min-statements 15] [--out report.json]}: the
 * positions feature on a corpus built from LIAR-PLUS (see {@link LiarPlusCorpus}), through the same beans
 * as the API: attribution precision, speaker recall, actors that are no speaker (and junk among them),
 * and the latency of a positions request with and without {@code actors}; then speaker recall per subject
 * ({@link SubjectRecall}) on the subjects with at least {@code min-statements} claims.
 */
final class PositionsEval {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Latency of one kind of request, in milliseconds. */
    record Latency(int requests, double p50Ms, double p95Ms, double maxMs) {
    }

    record Report(String dataset, int passages, int claims, double indexSeconds, double catalogSeconds, int actors,
                  int speakingSpeakers, int speakers, List<String> otherActors, List<String> junkActors,
                  double catalogPrecision, int attributedClaimSentences, double attributionPrecision, int citedClaims,
                  int citedJournalistSentences, double speakerRecall, int retrievedClaims, int topics,
                  Latency withoutActors, Latency withActors) {
    }

    private PositionsEval() {
    }

    static int run(Class<?> application, CommandLine line) {
        if (line.optional("path", "").endsWith(".json")) {
            // A SQuAD file: no speakers to check, a larger corpus for speed (see PositionsSpeedEval).
            return PositionsSpeedEval.run(application, line);
        }
        LiarPlusCorpus corpus;
        int topicCount;
        int rounds;
        try {
            corpus = LiarPlusCorpus.load(Path.of(line.required("path")));
            topicCount = Integer.parseInt(line.optional("topics", "20"));
            rounds = Integer.parseInt(line.optional("rounds", "3"));
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(EvalCommand.USAGE);
            return 2;
        }
        System.out.printf("Built a positions corpus from %s: %d documents, %d passages, %d claims%n",
                line.required("path"), corpus.documents().size(), corpus.passageCount(), corpus.speakerOf().size());
        try (Harness harness = Harness.start(application, line.springArgs())) {
            // Through the configured backend (the index the positions read), not only the Lucene one.
            double indexSeconds = Harness.load(harness.backend(), corpus.documents());
            PositionsService service = harness.bean(PositionsService.class);
            Retriever retriever = harness.bean(Retriever.class);
            long started = System.nanoTime();
            ActorCatalog catalog = service.catalog();
            double catalogSeconds = (System.nanoTime() - started) / 1e9;
            Report report = measure(corpus, service, retriever, catalog, indexSeconds, catalogSeconds,
                    corpus.topics().subList(0, Math.min(topicCount, corpus.topics().size())), rounds);
            print(report);
            SubjectRecall.Result recall = SubjectRecall.measure(corpus, service, catalog,
                    Integer.parseInt(line.optional("min-statements", "15")));
            SubjectRecall.print(recall);
            EvalCommand.writeIfAsked(line, Map.of("corpus", report, "subjects", recall));
        }
        return 0;
    }

    private static Report measure(LiarPlusCorpus corpus, PositionsService service, Retriever retriever, ActorCatalog catalog,
                                  double indexSeconds, double catalogSeconds, List<String> subjects, int rounds) {
        Map<String, String> truth = corpus.speakerOf();
        Set<String> journalists = new HashSet<>(corpus.justifications());
        Map<String, List<Statement>> byPassage = new LinkedHashMap<>();
        catalog.statements().forEach(s -> byPassage.computeIfAbsent(s.passage().id(), k -> new ArrayList<>()).add(s));

        // Every attributed sentence of a claim paragraph: is it its speaker's?
        int attributed = 0;
        int correct = 0;
        for (Statement s : catalog.statements()) {
            String speaker = truth.get(s.passage().id());
            if (speaker != null) {
                attributed++;
                if (s.speakers().size() == 1 && is(catalog, s.speakers().get(0), speaker)) {
                    correct++;
                }
            }
        }

        // Per topic: the claims the one retrieval finds, and whose speaker the catalog names for them; the
        // positions report, whose every cited claim must be its actor's.
        int retrievedClaims = 0;
        int recalled = 0;
        int cited = 0;
        int citedCorrect = 0;
        int citedJournalists = 0;
        List<String> topics = subjects.stream().map(s -> s.replace('-', ' ')).toList();
        Map<String, String> actorFor = new LinkedHashMap<>();
        for (String topic : topics) {
            for (RetrievedPassage r : retriever.retrieve(topic, service.passagesPerTopic())) {
                String speaker = truth.get(r.passage().id());
                if (speaker == null) {
                    continue;
                }
                retrievedClaims++;
                if (byPassage.getOrDefault(r.passage().id(), List.of()).stream()
                        .anyMatch(s -> s.speakers().stream().anyMatch(n -> is(catalog, n, speaker)))) {
                    recalled++;
                }
            }
            PositionsReport report = service.positions(topic, null);
            for (Position p : report.positions()) {
                for (Citation c : p.citations()) {
                    String speaker = truth.get(c.passageId());
                    if (speaker != null) {
                        cited++;
                        if (is(catalog, p.actor(), speaker)) {
                            citedCorrect++;
                        }
                    } else if (journalists.contains(c.passageId())) {
                        citedJournalists++;
                    }
                }
            }
            if (!report.positions().isEmpty()) {
                actorFor.put(topic, report.positions().get(0).actor());
            }
        }

        // Latency: the same requests again, now that everything is loaded, with and without actors.
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String topic : topics) {
                without.add(time(() -> service.positions(topic, null)));
                String actor = actorFor.get(topic);
                if (actor != null) {
                    with.add(time(() -> service.positions(topic, List.of(actor))));
                }
            }
        }

        Set<String> speakers = new HashSet<>(truth.values());
        List<String> others = new ArrayList<>();
        List<String> junk = new ArrayList<>();
        Set<String> lowerCase = lowerCaseWords(corpus.documents());
        int speaking = 0;
        for (Actor a : catalog.actors()) {
            if (speakers.stream().anyMatch(sp -> is(catalog, a.name(), sp))) {
                speaking++;
                continue;
            }
            others.add(a.name() + " (" + catalog.statementsOf(a.name()).size() + ")");
            if (junk(a.name(), lowerCase)) {
                junk.add(a.name());
            }
        }
        return new Report("liar-plus", corpus.passageCount(), truth.size(), indexSeconds, catalogSeconds,
                catalog.actors().size(), speaking, speakers.size(), others, junk, ratio(correct, attributed), attributed,
                ratio(citedCorrect, cited), cited, citedJournalists, ratio(recalled, retrievedClaims), retrievedClaims,
                topics.size(), latency(without), latency(with));
    }

    /** Whether the actor named {@code actor} is the speaker {@code speaker} (by name or alias). */
    private static boolean is(ActorCatalog catalog, String actor, String speaker) {
        String key = speaker.toLowerCase(Locale.ROOT);
        return catalog.actor(actor).map(Actor::names).orElse(List.of(actor)).stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(key));
    }

    /**
     * An actor no reader would name: a single letter, or a one-word name that the corpus also writes in
     * lower case as an ordinary word ("Said", "Health", "Education"), unless it is written as an acronym.
     */
    static boolean junk(String name, Set<String> lowerCaseWords) {
        String n = name.strip();
        // an acronym (NUT, EPA, US) is not the common word it spells
        boolean acronym = n.length() >= 2 && n.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
        return n.length() < 2 || (!n.contains(" ") && !acronym && lowerCaseWords.contains(n.toLowerCase(Locale.ROOT)));
    }

    static Set<String> lowerCaseWords(List<Document> documents) {
        Set<String> words = new HashSet<>();
        documents.forEach(d -> d.passages().forEach(p -> {
            Matcher m = WORD.matcher(p.text());
            while (m.find()) {
                if (Character.isLowerCase(m.group().charAt(0))) {
                    words.add(m.group());
                }
            }
        }));
        return words;
    }

    static double time(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return (System.nanoTime() - started) / 1e6;
    }

    static Latency latency(List<Double> millis) {
        if (millis.isEmpty()) {
            return new Latency(0, 0, 0, 0);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return new Latency(sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static void print(Report r) {
        System.out.printf("%nPositions on %s: %d passages (%d claims), indexed with extraction in %.1f s; catalog read in %.2f s%n",
                r.dataset(), r.passages(), r.claims(), r.indexSeconds(), r.catalogSeconds());
        System.out.printf("attribution precision (claim sentences)  %.3f  of %d attributed%n", r.catalogPrecision(),
                r.attributedClaimSentences());
        System.out.printf("attribution precision (cited in reports) %.3f  of %d cited claims (%d journalists' sentences cited too)%n",
                r.attributionPrecision(), r.citedClaims(), r.citedJournalistSentences());
        System.out.printf("speaker recall (retrieved claims)        %.3f  of %d over %d topics%n", r.speakerRecall(),
                r.retrievedClaims(), r.topics());
        System.out.printf("actors %d: %d of the %d speakers; %d others; junk %d %s%n", r.actors(), r.speakingSpeakers(),
                r.speakers(), r.otherActors().size(), r.junkActors().size(), r.junkActors());
        System.out.printf("other actors: %s%n", r.otherActors().subList(0, Math.min(40, r.otherActors().size())));
        System.out.printf("latency without actors: p50 %.0f ms  p95 %.0f ms  max %.0f ms  (%d requests)%n",
                r.withoutActors().p50Ms(), r.withoutActors().p95Ms(), r.withoutActors().maxMs(), r.withoutActors().requests());
        System.out.printf("latency with actors:    p50 %.0f ms  p95 %.0f ms  max %.0f ms  (%d requests)%n",
                r.withActors().p50Ms(), r.withActors().p95Ms(), r.withActors().maxMs(), r.withActors().requests());
    }
}
