package dev.footnote.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Document;
import dev.footnote.positions.Position;
import dev.footnote.positions.PositionsReport;
import dev.footnote.positions.PositionsService;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.ActorCatalog;

/**
 * {@code eval --format positions --path squad-dev-v1.1.json [--topics 48] [--rounds 3] [--out report.json]}: the
 * positions feature on an encyclopaedic corpus with no speakers to check against (SQuAD: one document per
 * article, one passage per paragraph), for speed and for a reader's review of the actors. The topics are the
 * article titles; the figures are the latency of a request with and without {@code actors}, the time to read
 * the catalog, and the actors each topic gives (printed, so that a person can judge them).
 */
final class PositionsSpeedEval {

    /** Report fields, in the order they are printed. */
    record Report(String dataset, int documents, int passages, double indexSeconds, double catalogSeconds, int actors,
                  int statements, List<String> junkActors, int topics, Map<String, List<String>> actorsByTopic,
                  PositionsEval.Latency withoutActors, PositionsEval.Latency withActors) {
    }

    private PositionsSpeedEval() {
    }

    static int run(Class<?> application, CommandLine line) {
        EvalDataset dataset;
        int topicCount;
        int rounds;
        try {
            dataset = new SquadLoader().load(Path.of(line.required("path")));
            topicCount = Integer.parseInt(line.optional("topics", "48"));
            rounds = Integer.parseInt(line.optional("rounds", "3"));
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(EvalCommand.USAGE);
            return 2;
        }
        List<Document> documents = dataset.documents();
        int passages = documents.stream().mapToInt(d -> d.passages().size()).sum();
        System.out.printf("Positions speed corpus %s: %d documents, %d passages%n", dataset.name(), documents.size(), passages);
        try (Harness harness = Harness.start(application, line.springArgs())) {
            double indexSeconds = Harness.load(harness.backend(), documents);
            PositionsService service = harness.bean(PositionsService.class);
            long started = System.nanoTime();
            ActorCatalog catalog = service.catalog();
            double catalogSeconds = (System.nanoTime() - started) / 1e9;
            List<String> topics = documents.stream()
                    .map(d -> d.passages().isEmpty() ? null : d.passages().get(0).source())
                    .filter(t -> t != null && !t.isBlank()).limit(topicCount).toList();
            Report report = measure(dataset.name(), documents, passages, service, catalog, indexSeconds, catalogSeconds,
                    topics, rounds);
            print(report);
            EvalCommand.writeIfAsked(line, report);
        }
        return 0;
    }

    private static Report measure(String name, List<Document> documents, int passages, PositionsService service,
                                  ActorCatalog catalog, double indexSeconds, double catalogSeconds, List<String> topics,
                                  int rounds) {
        // The first pass (untimed) warms up and records the actors each topic gives, for review.
        Map<String, List<String>> actorsByTopic = new LinkedHashMap<>();
        for (String topic : topics) {
            PositionsReport report = service.positions(topic, null);
            actorsByTopic.put(topic, report.positions().stream().map(Position::actor).toList());
        }
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String topic : topics) {
                without.add(PositionsEval.time(() -> service.positions(topic, null)));
                List<String> actors = actorsByTopic.get(topic);
                if (!actors.isEmpty()) {
                    with.add(PositionsEval.time(() -> service.positions(topic, List.of(actors.get(0)))));
                }
            }
        }
        Set<String> lowerCase = PositionsEval.lowerCaseWords(documents);
        List<String> junk = new ArrayList<>();
        for (Actor a : catalog.actors()) {
            if (PositionsEval.junk(a.name(), lowerCase)) {
                junk.add(a.name());
            }
        }
        return new Report(name, documents.size(), passages, indexSeconds, catalogSeconds, catalog.actors().size(),
                catalog.statements().size(), junk, topics.size(), actorsByTopic, PositionsEval.latency(without),
                PositionsEval.latency(with));
    }

    private static void print(Report r) {
        System.out.printf("%nPositions on %s: %d documents, %d passages, indexed with extraction in %.1f s; catalog read in %.2f s%n",
                r.dataset(), r.documents(), r.passages(), r.indexSeconds(), r.catalogSeconds());
        System.out.printf("actors %d, attributed statements %d; junk %d %s%n", r.actors(), r.statements(),
                r.junkActors().size(), r.junkActors());
        Set<String> shown = new HashSet<>();
        r.actorsByTopic().forEach((topic, actors) -> {
            if (shown.add(topic.toLowerCase(Locale.ROOT))) {
                System.out.printf("  %s: %s%n", topic, actors);
            }
        });
        System.out.printf("latency without actors: p50 %.0f ms  p95 %.0f ms  max %.0f ms  (%d requests)%n",
                r.withoutActors().p50Ms(), r.withoutActors().p95Ms(), r.withoutActors().maxMs(), r.withoutActors().requests());
        System.out.printf("latency with actors:    p50 %.0f ms  p95 %.0f ms  max %.0f ms  (%d requests)%n",
                r.withActors().p50Ms(), r.withActors().p95Ms(), r.withActors().maxMs(), r.withActors().requests());
    }
}
