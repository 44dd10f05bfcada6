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
import dev.footnote.evidence.TermWeights;
import dev.footnote.positions.actors.Statement;

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

    private final TermWeights weights;
    private final StanceWords stance;
    private final PointSettings settings;
    private final StatementGroups grouping;
    private final PointTitles titles;

    PointGrouper(TermWeights weights, StanceWords stance, PointSettings settings) {
        this.weights = weights;
        this.stance = stance;
        this.settings = settings;
        this.grouping = new StatementGroups(weights, settings);
        this.titles = new PointTitles(weights);
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
        double[][] close = grouping.closeness(all, terms);
        List<List<Integer>> groups = grouping.group(close);

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
        return new Point(titles.title(group, all, terms), null, listed, pairs);
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
}
