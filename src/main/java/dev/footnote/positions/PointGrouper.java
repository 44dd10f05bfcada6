package dev.footnote.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.answer.Citation;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.TermWeights;
import dev.footnote.positions.actors.Statement;
import dev.footnote.positions.actors.Words;

/**
 * Groups the statements on a topic into the few points they address and sets the actors against each other
 * per point. Two statements are on one point when they share weighted content words (the topic's words, the
 * actors' names and stance words aside) or, with embeddings, when their sentences are closer than the topic's
 * statements are on average; groups are merged while their average closeness is at least
 * {@code min-point-similarity}. A point's title is the shortest run of a statement's words holding the
 * point's two most telling words. Per point, two actors differ when a statement of one contradicts one of the
 * other ({@link StatementRelation}), and agree when one backs the other; statements without a stance are
 * listed but set against nothing.
 */
final class PointGrouper {

    /** The most words of a title taken from a statement. */
    private static final int MAX_TITLE_WORDS = 6;

    private final TermWeights weights;
    private final StanceWords stance;
    private final PointSettings settings;

    PointGrouper(TermWeights weights, StanceWords stance, PointSettings settings) {
        this.weights = weights;
        this.stance = stance;
        this.settings = settings;
    }

    /**
     * @param actors   the actors with positions, in report order
     * @param byActor  each actor's statements on the topic
     * @param neutral  analysed terms that say nothing about a point: the topic's and the actors' names
     * @param relation the judge of whether one statement backs or contradicts another
     */
    List<Point> points(List<String> actors, Map<String, List<ScoredStatement>> byActor, Set<String> neutral,
                       StatementRelation relation) {
        // 1. The distinct statements (a joint statement once), the most on-topic first when there are too many.
        Map<Statement, ScoredStatement> distinct = new LinkedHashMap<>();
        actors.forEach(a -> byActor.getOrDefault(a, List.of()).forEach(s -> distinct.putIfAbsent(s.statement(), s)));
        List<ScoredStatement> candidates = new ArrayList<>(distinct.values());
        if (candidates.size() > settings.maxStatements()) {
            candidates.sort(Comparator.comparingDouble(ScoredStatement::coverage).reversed());
        }
        List<ScoredStatement> all = List.copyOf(candidates.subList(0, Math.min(candidates.size(), settings.maxStatements())));
        if (all.isEmpty()) {
            return List.of();
        }
        Set<String> ignored = new HashSet<>(neutral);
        stance.words().forEach(w -> ignored.addAll(weights.terms(w)));
        List<Set<String>> terms = new ArrayList<>();
        for (ScoredStatement s : all) {
            Set<String> t = new HashSet<>(s.terms());
            t.removeIf(x -> ignored.contains(x) || x.length() < 3 || x.chars().anyMatch(Character::isDigit));
            terms.add(t);
        }

        // 2. Group them: average linkage over how close each two statements are.
        double[][] close = closeness(all, terms);
        List<List<Integer>> groups = group(close);

        // 3. The points with most actors first; each with its title, statements and pairs.
        List<Point> points = new ArrayList<>();
        Map<Statement, Boolean> stances = new HashMap<>();
        all.forEach(s -> stances.put(s.statement(), stance.hasStance(s.statement().text())));
        List<List<Integer>> ordered = groups.stream()
                .sorted(Comparator.comparingInt((List<Integer> g) -> speakers(g, all, actors).size()).reversed()
                        .thenComparing(Comparator.comparingInt((List<Integer> g) -> g.size()).reversed())
                        .thenComparingInt(g -> g.get(0)))
                .limit(settings.maxPoints()).map(g -> (List<Integer>) new ArrayList<>(g)).toList();
        listEveryActor(ordered, all, actors, close);
        for (List<Integer> g : ordered) {
            points.add(point(g, all, terms, actors, relation, stances));
        }
        return points;
    }

    /**
     * An actor whose statements fell into no reported point (a plain announcement, a point of its own) is listed under
     * the reported point its statements are closest to, so that everyone with a position is found among the points;
     * without a stance it is set against nobody there.
     */
    private static void listEveryActor(List<List<Integer>> reported, List<ScoredStatement> all, List<String> actors,
                                       double[][] close) {
        for (String actor : actors) {
            boolean listed = reported.stream().anyMatch(g -> g.stream()
                    .anyMatch(i -> all.get(i).statement().speakers().contains(actor)));
            if (listed) {
                continue;
            }
            for (int i = 0; i < all.size(); i++) {
                if (!all.get(i).statement().speakers().contains(actor)) {
                    continue;
                }
                List<Integer> best = null;
                double bestCloseness = 0;
                for (List<Integer> g : reported) {
                    final int x = i;
                    double average = g.stream().mapToDouble(y -> close[x][y]).average().orElse(0);
                    if (average > bestCloseness) {
                        bestCloseness = average;
                        best = g;
                    }
                }
                if (best != null) {
                    best.add(i);
                    best.sort(Integer::compare);
                }
            }
        }
    }

    /** 0..1 for each two statements: weighted shared words, or how much closer than average their sentences are. */
    private double[][] closeness(List<ScoredStatement> all, List<Set<String>> terms) {
        int n = all.size();
        double[][] cosine = new double[n][n];
        boolean embedded = all.stream().allMatch(s -> s.vector() != null);
        double mean = 0;
        int pairs = 0;
        if (embedded) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    cosine[i][j] = SentenceEmbeddings.cosine(all.get(i).vector(), all.get(j).vector());
                    mean += cosine[i][j];
                    pairs++;
                }
            }
            mean = pairs == 0 ? 0 : mean / pairs;
        }
        double[][] close = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double c = overlap(terms.get(i), terms.get(j));
                if (embedded && pairs > 1 && mean < 1) {
                    // The topic's statements are all somewhat alike; what counts is how much closer than that.
                    c = Math.max(c, (cosine[i][j] - mean) / (1 - mean));
                }
                close[i][j] = c;
                close[j][i] = c;
            }
        }
        return close;
    }

    /** Shared weight over the smaller statement's weight. */
    private double overlap(Set<String> a, Set<String> b) {
        double wa = a.stream().mapToDouble(weights::idf).sum();
        double wb = b.stream().mapToDouble(weights::idf).sum();
        if (wa <= 0 || wb <= 0) {
            return 0;
        }
        double shared = a.stream().filter(b::contains).mapToDouble(weights::idf).sum();
        return shared / Math.min(wa, wb);
    }

    private List<List<Integer>> group(double[][] close) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < close.length; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (groups.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = settings.minSimilarity();
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double sum = 0;
                    for (int x : groups.get(a)) {
                        for (int y : groups.get(b)) {
                            sum += close[x][y];
                        }
                    }
                    double average = sum / (groups.get(a).size() * groups.get(b).size());
                    if (average >= best) {
                        best = average;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
            groups.get(bestA).sort(Integer::compare);
        }
        return groups;
    }

    private static Set<String> speakers(List<Integer> group, List<ScoredStatement> all, List<String> actors) {
        Set<String> speakers = new LinkedHashSet<>();
        group.forEach(i -> all.get(i).statement().speakers().stream().filter(actors::contains).forEach(speakers::add));
        return speakers;
    }

    private Point point(List<Integer> group, List<ScoredStatement> all, List<Set<String>> terms, List<String> actors,
                        StatementRelation relation, Map<Statement, Boolean> stances) {
        // Statements actor by actor, each numbered once (a joint statement keeps one number).
        List<Point.PointStatement> listed = new ArrayList<>();
        Map<Statement, Integer> markers = new LinkedHashMap<>();
        Map<String, List<Statement>> byActor = new LinkedHashMap<>();
        for (String actor : actors) {
            for (int i : group) {
                Statement s = all.get(i).statement();
                if (!s.speakers().contains(actor)) {
                    continue;
                }
                int marker = markers.computeIfAbsent(s, k -> markers.size() + 1);
                Citation c = Citations.of(marker, s);
                listed.add(new Point.PointStatement(actor, stances.get(s), c));
                byActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(s);
            }
        }
        List<Point.Pair> pairs = new ArrayList<>();
        List<String> present = List.copyOf(byActor.keySet());
        for (int a = 0; a < present.size(); a++) {
            for (int b = a + 1; b < present.size(); b++) {
                pair(present.get(a), present.get(b), byActor, markers, relation, stances).ifPresent(pairs::add);
            }
        }
        return new Point(title(group, all, terms), null, listed, pairs);
    }

    /** How two actors stand on a point: differ if any two of their statements contradict, else agree if any back. */
    private java.util.Optional<Point.Pair> pair(String a, String b, Map<String, List<Statement>> byActor,
                                                Map<Statement, Integer> markers, StatementRelation relation,
                                                Map<Statement, Boolean> stances) {
        Point.Pair agree = null;
        for (Statement x : byActor.get(a)) {
            for (Statement y : byActor.get(b)) {
                if (x.equals(y)) {
                    // Spoken jointly: they agree on it.
                    agree = agree != null ? agree
                            : new Point.Pair(List.of(a, b), Point.Pair.AGREE, List.of(markers.get(x), markers.get(y)));
                    continue;
                }
                if (!stances.get(x) || !stances.get(y)) {
                    continue;
                }
                StatementRelation.Relation r = relation.relate(x, y);
                if (r == StatementRelation.Relation.CONTRADICTS) {
                    return java.util.Optional.of(new Point.Pair(List.of(a, b), Point.Pair.DIFFER,
                            List.of(markers.get(x), markers.get(y))));
                }
                if (r == StatementRelation.Relation.BACKS && agree == null) {
                    agree = new Point.Pair(List.of(a, b), Point.Pair.AGREE, List.of(markers.get(x), markers.get(y)));
                }
            }
        }
        return java.util.Optional.ofNullable(agree);
    }

    /**
     * The shortest run of a statement's own words (at most {@value #MAX_TITLE_WORDS}) holding the group's two most
     * telling words (held by most of its statements, rarest in the corpus); else those words themselves.
     */
    String title(List<Integer> group, List<ScoredStatement> all, List<Set<String>> terms) {
        Map<String, Integer> held = new HashMap<>();
        group.forEach(i -> terms.get(i).forEach(t -> held.merge(t, 1, Integer::sum)));
        List<String> top = held.keySet().stream()
                .sorted(Comparator.comparingDouble((String t) -> held.get(t) * weights.idf(t)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(2).toList();
        if (top.isEmpty()) {
            return capitalised(Words.of(all.get(group.get(0)).statement().text()).stream().limit(MAX_TITLE_WORDS)
                    .map(Words.Word::text).reduce((x, y) -> x + " " + y).orElse("Other"));
        }
        String best = null;
        List<String> surfaces = new ArrayList<>();
        for (int i : group) {
            String text = all.get(i).statement().text();
            List<Words.Word> words = Words.of(text);
            List<List<String>> termsOf = words.stream().map(w -> weights.terms(w.text())).toList();
            for (int from = 0; from < words.size(); from++) {
                for (int to = from; to < words.size() && to - from < MAX_TITLE_WORDS; to++) {
                    Set<String> inside = new HashSet<>();
                    for (int k = from; k <= to; k++) {
                        inside.addAll(termsOf.get(k));
                    }
                    if (inside.containsAll(top) && !termsOf.get(from).isEmpty() && !termsOf.get(to).isEmpty()) {
                        String run = text.substring(words.get(from).start(), words.get(to).end());
                        if (best == null || run.length() < best.length()) {
                            best = run;
                        }
                        break;
                    }
                }
            }
            for (int k = 0; k < words.size(); k++) {
                if (top.contains(first(termsOf.get(k))) && surfaces.size() < top.size()
                        && !surfaces.contains(words.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                    surfaces.add(words.get(k).text().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return capitalised(best != null ? best : String.join(" and ", surfaces));
    }

    private static String first(List<String> terms) {
        return terms.isEmpty() ? "" : terms.get(0);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
