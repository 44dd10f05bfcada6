package dev.footnote.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.footnote.answer.Citation;
import dev.footnote.positions.Position;
import dev.footnote.positions.PositionsReport;
import dev.footnote.positions.PositionsService;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.ActorCatalog;

/**
 * Speaker recall per subject, the reader's question "is everyone who speaks on this topic there?": of the
 * speakers with at least two claims in a subject's file, how many come back as an actor (by name or alias) of
 * {@code positions(subject)}, and how many get a position when named ({@code positions(subject, [speaker])}).
 * The subjects with at least {@code min-statements} claims are split in two halves by size rank (even ranks:
 * "tune", odd ranks: "held out"), so that rules are tuned on one half and reported on the other.
 */
final class SubjectRecall {

    /** The fewest claims a speaker makes in a subject's file to be expected among its actors. */
    static final int MIN_CLAIMS = 2;

    /**
     * One subject's figures.
     *
     * @param pairs          speakers with at least {@link #MIN_CLAIMS} claims in the subject's file
     * @param found          of them, those among the actors of the positions on the subject
     * @param foundWhenNamed of them, those with a position when the request names them
     * @param cited          claims cited in the report; {@code citedCorrect} of them cited for their own speaker,
     *                       {@code citedOnSubject} of them fact-checked under this subject (first or not)
     * @param missed         the speakers not found, for review
     * @param misattributed  each cited claim given to another actor than its speaker ("actor ← speaker: quote"),
     *                       printed for the tune half only, so that fixes are made without reading the held-out half
     */
    record Subject(String subject, String half, int pairs, int found, int foundWhenNamed, int cited, int citedCorrect,
                   int citedOnSubject, List<String> missed, List<String> misattributed) {
    }

    /**
     * A half's totals: recall, recall when named, attribution precision of cited claims, the share of cited claims
     * that were fact-checked under the subject asked about (topic precision), latency.
     */
    record Half(String half, List<String> subjects, int pairs, double recall, double recallWhenNamed,
                double attributionPrecision, double topicPrecision, int cited, PositionsEval.Latency latency) {
    }

    record Result(List<Subject> subjects, List<Half> halves) {
    }

    private SubjectRecall() {
    }

    static Result measure(LiarPlusCorpus corpus, PositionsService service, ActorCatalog catalog, int minStatements) {
        Map<String, Map<String, Integer>> bySubject = corpus.speakersBySubject();
        List<String> subjects = corpus.topics().stream()
                .filter(t -> bySubject.get(t).values().stream().mapToInt(Integer::intValue).sum() >= minStatements)
                .toList();
        List<Subject> rows = new ArrayList<>();
        List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>());
        for (int rank = 0; rank < subjects.size(); rank++) {
            String subject = subjects.get(rank);
            String topic = subject.replace('-', ' ');
            String half = half(rank);
            service.positions(topic, null); // warm-up: the timed request below is the second
            long started = System.nanoTime();
            PositionsReport report = service.positions(topic, null);
            millis.get(rank % 2).add((System.nanoTime() - started) / 1e6);
            List<String> expected = bySubject.get(subject).entrySet().stream()
                    .filter(e -> e.getValue() >= MIN_CLAIMS).map(Map.Entry::getKey).toList();
            int found = 0;
            int foundWhenNamed = 0;
            List<String> missed = new ArrayList<>();
            for (String speaker : expected) {
                if (report.positions().stream().anyMatch(p -> is(catalog, p.actor(), speaker))) {
                    found++;
                } else {
                    missed.add(speaker);
                }
                PositionsReport named = service.positions(topic, List.of(speaker));
                if (named.positions().stream().anyMatch(p -> is(catalog, p.actor(), speaker))) {
                    foundWhenNamed++;
                }
            }
            int cited = 0;
            int citedCorrect = 0;
            int citedOnSubject = 0;
            List<String> misattributed = new ArrayList<>();
            for (Position p : report.positions()) {
                for (Citation c : p.citations()) {
                    String speaker = corpus.speakerOf().get(c.passageId());
                    if (speaker != null) {
                        cited++;
                        if (is(catalog, p.actor(), speaker)) {
                            citedCorrect++;
                        } else {
                            misattributed.add(p.actor() + " <- " + speaker + ": " + c.quote());
                        }
                        if (corpus.subjectsOf().getOrDefault(c.passageId(), List.of()).contains(subject)) {
                            citedOnSubject++;
                        }
                    }
                }
            }
            rows.add(new Subject(subject, half, expected.size(), found, foundWhenNamed, cited, citedCorrect,
                    citedOnSubject, missed, misattributed));
        }
        List<Half> halves = new ArrayList<>();
        for (int h = 0; h < 2; h++) {
            String name = half(h);
            List<Subject> of = rows.stream().filter(r -> r.half().equals(name)).toList();
            int pairs = of.stream().mapToInt(Subject::pairs).sum();
            int cited = of.stream().mapToInt(Subject::cited).sum();
            halves.add(new Half(name, of.stream().map(Subject::subject).toList(), pairs,
                    ratio(of.stream().mapToInt(Subject::found).sum(), pairs),
                    ratio(of.stream().mapToInt(Subject::foundWhenNamed).sum(), pairs),
                    ratio(of.stream().mapToInt(Subject::citedCorrect).sum(), cited),
                    ratio(of.stream().mapToInt(Subject::citedOnSubject).sum(), cited), cited,
                    PositionsEval.latency(millis.get(h))));
        }
        return new Result(rows, halves);
    }

    /** Even size ranks are tuned on, odd ones held out. */
    static String half(int rank) {
        return rank % 2 == 0 ? "tune" : "held-out";
    }

    static void print(Result result) {
        System.out.printf("%nSpeaker recall per subject (speakers with >= %d claims in the subject's file)%n", MIN_CLAIMS);
        System.out.printf("  %-22s %-8s %5s %6s %6s %9s %9s  %s%n", "subject", "half", "pairs", "found", "named",
                "precision", "on-topic", "missed");
        for (Subject s : result.subjects()) {
            System.out.printf("  %-22s %-8s %5d %6d %6d %9s %9s  %s%n", s.subject(), s.half(), s.pairs(), s.found(),
                    s.foundWhenNamed(), share(s.citedCorrect(), s.cited()), share(s.citedOnSubject(), s.cited()), s.missed());
            if (s.half().equals(half(0))) {
                s.misattributed().forEach(m -> System.out.printf("      misattributed %s%n", m));
            }
        }
        for (Half h : result.halves()) {
            System.out.printf("%-8s recall %.3f (of %d pairs), when named %.3f, attribution precision %.3f, on the subject"
                            + " %.3f (of %d cited), p50 %.0f ms, p95 %.0f ms; subjects %s%n", h.half(), h.recall(), h.pairs(),
                    h.recallWhenNamed(), h.attributionPrecision(), h.topicPrecision(), h.cited(), h.latency().p50Ms(),
                    h.latency().p95Ms(), h.subjects());
        }
    }

    private static boolean is(ActorCatalog catalog, String actor, String speaker) {
        String key = speaker.toLowerCase(Locale.ROOT);
        return catalog.actor(actor).map(Actor::names).orElse(List.of(actor)).stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(key));
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", ratio(part, whole));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
