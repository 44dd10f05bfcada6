package dev.footnote.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.evidence.TermWeights;
import dev.footnote.positions.actors.Statement;
import dev.footnote.positions.actors.Words;

/**
 * Derives agreements and differences from the statements themselves, never from outside knowledge:
 * actors who spoke jointly agree on what they said together; otherwise each comparison quotes two
 * statements, one per side, chosen by the similarity of their sentence embeddings (the vectors stored in
 * the index): the closest pair is where they make close points, and each side's statement least like
 * anything the other said is where they differ. Without embeddings the pairs are chosen by shared
 * content words. Similar wording is not agreement in substance, and {@link PositionsReport#METHOD} says so.
 */
final class PositionComparer {

    /** Words that frame a statement rather than say what it is about. */
    static final String FRAMING = "also repeatedly multiple occasions publicly would could should must any all "
            + "about across after against among around because been before being between both can did does each even every "
            + "from further had has have how its may might more most much now only other our over own same since some "
            + "such than them those through toward towards under until upon very well what when where which while who "
            + "whom why within without yet further one ones whose including included take make made ensure continue "
            + "simultaneously ongoing current meanwhile former deputy prime minister president "
            + "representatives officials statement message emphasis communique joint shared said says urged urging "
            + "warned stressed affirmed signaled signaling reiterated reiterating highlighted emphasized called calling "
            + "attributed indicating noted concern regard regards need "
            // Who speaks, told again: "She proposed…", "He said…".
            + "he she they we i it his her their our";

    private static final int TERMS_SHOWN = 4;

    private final TermWeights weights;
    private final PositionsSettings settings;
    private final Set<String> framing;

    PositionComparer(TermWeights weights, PositionsSettings settings) {
        this.weights = weights;
        this.settings = settings;
        this.framing = new HashSet<>(weights.terms(FRAMING));
    }

    record Result(List<Comparison> agreements, List<Comparison> differences) {
    }

    private record Ranked(Comparison comparison, double strength) {
    }

    /** One side of a comparison: actors that only ever spoke together count as one (e.g. a joint US–EU voice). */
    private record Side(List<String> actors, List<ScoredStatement> statements) {

        String label() {
            return String.join(" and ", actors);
        }

        boolean spokenBy(ScoredStatement s) {
            return actors.stream().anyMatch(s.statement().speakers()::contains);
        }
    }

    /** Only the joint statements: actors who spoke together agree on what they said. */
    List<Comparison> joint(List<String> actors, Map<String, List<ScoredStatement>> byActor) {
        List<Ranked> agreements = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                String a = actors.get(i);
                String b = actors.get(j);
                List<ScoredStatement> joint = byActor.get(a).stream().filter(s -> s.statement().speakers().contains(b)).toList();
                if (!joint.isEmpty()) {
                    agreements.add(new Ranked(new Comparison(Comparison.JOINT, List.of(a, b), List.of(),
                            a + " and " + b + " spoke jointly in " + joint.size() + " statement"
                                    + (joint.size() > 1 ? "s" : "") + " on this topic, e.g. [1].",
                            List.of(Citations.of(1, joint.get(0).statement()))), 1000 + joint.size()));
                }
            }
        }
        return top(agreements);
    }

    /**
     * @param actors   the actors with positions, in report order
     * @param byActor  each actor's statements on the topic
     * @param excluded analysed terms that say nothing about a stance here: the topic's and the actors' names
     */
    Result compare(List<String> actors, Map<String, List<ScoredStatement>> byActor, Set<String> excluded) {
        Map<String, String> surface = surfaceWords(byActor);
        List<Ranked> agreements = new ArrayList<>();
        List<Ranked> differences = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                String a = actors.get(i);
                String b = actors.get(j);
                List<ScoredStatement> joint = byActor.get(a).stream().filter(s -> s.statement().speakers().contains(b)).toList();
                if (!joint.isEmpty()) {
                    agreements.add(new Ranked(new Comparison(Comparison.JOINT, List.of(a, b), List.of(),
                            a + " and " + b + " spoke jointly in " + joint.size() + " statement"
                                    + (joint.size() > 1 ? "s" : "") + " on this topic, e.g. [1].",
                            List.of(Citations.of(1, joint.get(0).statement()))), 1000 + joint.size()));
                }
            }
        }
        List<Side> sides = sides(actors, byActor);
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                Side a = sides.get(i);
                Side b = sides.get(j);
                List<ScoredStatement> onlyA = a.statements().stream().filter(s -> !b.spokenBy(s)).toList();
                List<ScoredStatement> onlyB = b.statements().stream().filter(s -> !a.spokenBy(s)).toList();
                if (onlyA.isEmpty() || onlyB.isEmpty()) {
                    continue;
                }
                double[][] similarity = StatementPairs.similarities(onlyA, onlyB);
                boolean embedded = onlyA.stream().allMatch(s -> s.vector() != null)
                        && onlyB.stream().allMatch(s -> s.vector() != null);
                agreement(a, b, onlyA, onlyB, similarity, embedded, excluded, surface).ifPresent(agreements::add);
                difference(a, b, onlyA, onlyB, similarity, embedded, excluded, surface).ifPresent(differences::add);
            }
        }
        return new Result(top(agreements), top(differences));
    }

    /**
     * Where two sides agree: their closest pair of statements, quoted side by side; close means embedding
     * similarity of the two sentences at least {@code min-pair-similarity} (without embeddings: sharing at
     * least {@code min-shared-terms} content words).
     */
    private java.util.Optional<Ranked> agreement(Side a, Side b, List<ScoredStatement> onlyA, List<ScoredStatement> onlyB,
                                                 double[][] similarity, boolean embedded, Set<String> excluded,
                                                 Map<String, String> surface) {
        int bestA = 0;
        int bestB = 0;
        for (int x = 0; x < onlyA.size(); x++) {
            for (int y = 0; y < onlyB.size(); y++) {
                if (similarity[x][y] > similarity[bestA][bestB]) {
                    bestA = x;
                    bestB = y;
                }
            }
        }
        ScoredStatement sa = onlyA.get(bestA);
        ScoredStatement sb = onlyB.get(bestB);
        Map<String, Integer> shared = new HashMap<>(counts(List.of(sa), excluded));
        shared.keySet().retainAll(counts(List.of(sb), excluded).keySet());
        boolean close = embedded ? similarity[bestA][bestB] >= settings.minPairSimilarity()
                : shared.size() >= settings.minSharedTerms();
        if (!close) {
            return java.util.Optional.empty();
        }
        List<String> terms = shown(ranked(shared, surface), surface);
        String text = a.label() + " and " + b.label() + " make close points: " + a.label() + " " + quote(sa) + " [1]; "
                + b.label() + " " + quote(sb) + " [2].";
        return java.util.Optional.of(new Ranked(new Comparison(Comparison.SHARED, actorsOf(a, b), terms, text,
                List.of(Citations.of(1, sa.statement()), Citations.of(2, sb.statement())),
                embedded ? StatementPairs.round(similarity[bestA][bestB]) : null),
                embedded ? similarity[bestA][bestB] : strength(shared, ranked(shared, surface))));
    }

    /**
     * Where two sides differ: each side's statement least like anything the other side said (its greatest
     * similarity to the other's statements is the smallest), quoted side by side; only when neither of the two
     * is close to the other side ({@code min-pair-similarity}; without embeddings: each has words the other
     * side never uses).
     */
    private java.util.Optional<Ranked> difference(Side a, Side b, List<ScoredStatement> onlyA, List<ScoredStatement> onlyB,
                                                  double[][] similarity, boolean embedded, Set<String> excluded,
                                                  Map<String, String> surface) {
        double[] nearestOfA = new double[onlyA.size()];
        double[] nearestOfB = new double[onlyB.size()];
        for (int x = 0; x < onlyA.size(); x++) {
            for (int y = 0; y < onlyB.size(); y++) {
                nearestOfA[x] = Math.max(nearestOfA[x], similarity[x][y]);
                nearestOfB[y] = Math.max(nearestOfB[y], similarity[x][y]);
            }
        }
        int x = StatementPairs.argmin(nearestOfA);
        int y = StatementPairs.argmin(nearestOfB);
        ScoredStatement sa = onlyA.get(x);
        ScoredStatement sb = onlyB.get(y);
        Map<String, Integer> distinctA = new HashMap<>(counts(List.of(sa), excluded));
        distinctA.keySet().removeAll(counts(b.statements(), Set.of()).keySet());
        Map<String, Integer> distinctB = new HashMap<>(counts(List.of(sb), excluded));
        distinctB.keySet().removeAll(counts(a.statements(), Set.of()).keySet());
        boolean apart = embedded ? Math.max(nearestOfA[x], nearestOfB[y]) < settings.minPairSimilarity()
                : !distinctA.isEmpty() && !distinctB.isEmpty();
        if (!apart) {
            return java.util.Optional.empty();
        }
        List<String> terms = new ArrayList<>(shown(ranked(distinctA, surface), surface));
        terms.addAll(shown(ranked(distinctB, surface), surface));
        String text = a.label() + " " + quote(sa) + " [1]; " + b.label() + " " + quote(sb) + " [2].";
        double strength = embedded ? 1 - Math.max(nearestOfA[x], nearestOfB[y])
                : strength(distinctA, ranked(distinctA, surface)) + strength(distinctB, ranked(distinctB, surface));
        return java.util.Optional.of(new Ranked(new Comparison(Comparison.DISTINCT, actorsOf(a, b), terms, text,
                List.of(Citations.of(1, sa.statement()), Citations.of(2, sb.statement())),
                embedded ? StatementPairs.round(Math.max(nearestOfA[x], nearestOfB[y])) : null), strength));
    }

    private static List<String> actorsOf(Side a, Side b) {
        List<String> both = new ArrayList<>(a.actors());
        both.addAll(b.actors());
        return both;
    }

    /** The statement verbatim, in quotation marks: the comparison says nothing the corpus does not. */
    private static String quote(ScoredStatement s) {
        return Quoting.quote(s.statement().text());
    }

    private static List<Side> sides(List<String> actors, Map<String, List<ScoredStatement>> byActor) {
        List<Side> sides = new ArrayList<>();
        for (String actor : actors) {
            List<ScoredStatement> statements = byActor.get(actor);
            Set<Statement> set = new HashSet<>(statements.stream().map(ScoredStatement::statement).toList());
            Side same = sides.stream()
                    .filter(s -> new HashSet<>(s.statements().stream().map(ScoredStatement::statement).toList()).equals(set))
                    .findFirst().orElse(null);
            if (same != null) {
                List<String> names = new ArrayList<>(same.actors());
                names.add(actor);
                sides.set(sides.indexOf(same), new Side(names, same.statements()));
            } else {
                sides.add(new Side(List.of(actor), statements));
            }
        }
        return sides;
    }

    /** In how many of the statements each content word occurs: repetition is emphasis. */
    private Map<String, Integer> counts(List<ScoredStatement> statements, Set<String> excluded) {
        Map<String, Integer> counts = new HashMap<>();
        for (ScoredStatement s : statements) {
            for (String t : s.terms()) {
                if (t.length() >= 3 && !excluded.contains(t) && !framing.contains(t) && t.chars().noneMatch(Character::isDigit)) {
                    counts.merge(t, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Most repeated first, then rarer in the corpus, then longer (more specific), then alphabetical: stable. */
    private List<String> ranked(Map<String, Integer> counts, Map<String, String> surface) {
        return counts.keySet().stream().sorted(Comparator.comparingInt((String t) -> counts.get(t)).reversed()
                .thenComparing(Comparator.comparingDouble((String t) -> weights.idf(t)).reversed())
                .thenComparing(Comparator.comparingInt((String t) -> surface.getOrDefault(t, t).length()).reversed())
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private double strength(Map<String, Integer> counts, List<String> ranked) {
        return ranked.stream().limit(TERMS_SHOWN).mapToDouble(t -> counts.get(t) * weights.idf(t)).sum();
    }

    private List<Comparison> top(List<Ranked> ranked) {
        return ranked.stream().sorted(Comparator.comparingDouble(Ranked::strength).reversed())
                .limit(settings.maxComparisons()).map(Ranked::comparison).toList();
    }

    private static List<String> shown(List<String> terms, Map<String, String> surface) {
        return terms.stream().limit(TERMS_SHOWN).map(t -> surface.getOrDefault(t, t)).toList();
    }

    /** The first word in the statements that each analysed term came from, to show words rather than stems. */
    private Map<String, String> surfaceWords(Map<String, List<ScoredStatement>> byActor) {
        Map<String, String> surface = new HashMap<>();
        byActor.values().forEach(list -> list.forEach(s -> {
            for (Words.Word w : Words.of(s.statement().text())) {
                for (String piece : w.lower().split("[-\u2011]")) {
                    List<String> terms = weights.terms(piece);
                    if (terms.size() == 1) {
                        surface.putIfAbsent(terms.get(0), piece);
                    }
                }
            }
        }));
        return surface;
    }
}
