package dev.footnote.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.answer.Citation;
import dev.footnote.evidence.TermWeights;
import dev.footnote.positions.actors.Statement;
import dev.footnote.positions.actors.Words;

/**
 * Derives agreements and differences from the statements themselves, never from outside knowledge:
 * actors who spoke jointly agree on what they said together; two actors whose separate statements use
 * the same content words share a theme; words only one side uses are a difference of emphasis. This
 * is lexical (see {@link PositionsReport#METHOD}) and says so.
 */
final class PositionComparer {

    /** Words that frame a statement rather than say what it is about. */
    private static final String FRAMING = "also repeatedly multiple occasions publicly would could should must any all "
            + "about across after against among around because been before being between both can did does each even every "
            + "from further had has have how its may might more most much now only other our over own same since some "
            + "such than them those through toward towards under until upon very well what when where which while who "
            + "whom why within without yet further one ones whose including included take make made ensure continue "
            + "simultaneously ongoing current meanwhile former deputy prime minister president "
            + "representatives officials statement message emphasis communique joint shared said says urged urging "
            + "warned stressed affirmed signaled signaling reiterated reiterating highlighted emphasized called calling "
            + "attributed indicating noted concern regard regards need";

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
                List<String> both = new ArrayList<>(a.actors());
                both.addAll(b.actors());
                Map<String, Integer> countA = counts(onlyA, excluded);
                Map<String, Integer> countB = counts(onlyB, excluded);
                Map<String, Integer> shared = new HashMap<>();
                countA.forEach((t, n) -> {
                    if (countB.containsKey(t)) {
                        shared.put(t, Math.min(n, countB.get(t)));
                    }
                });
                if (shared.size() >= settings.minSharedTerms()) {
                    List<String> terms = ranked(shared, surface);
                    agreements.add(new Ranked(new Comparison(Comparison.SHARED, both, shown(terms, surface),
                            a.label() + " [1] and " + b.label() + " [2] both speak of "
                                    + String.join(", ", shown(terms, surface)) + ".",
                            List.of(Citations.of(1, best(onlyA, terms)), Citations.of(2, best(onlyB, terms)))),
                            strength(shared, terms)));
                }
                Set<String> allB = counts(b.statements(), Set.of()).keySet();
                Set<String> allA = counts(a.statements(), Set.of()).keySet();
                Map<String, Integer> distinctA = new HashMap<>(countA);
                distinctA.keySet().removeAll(allB);
                Map<String, Integer> distinctB = new HashMap<>(countB);
                distinctB.keySet().removeAll(allA);
                if (!distinctA.isEmpty() && !distinctB.isEmpty()) {
                    List<String> termsA = ranked(distinctA, surface);
                    List<String> termsB = ranked(distinctB, surface);
                    List<String> terms = new ArrayList<>(shown(termsA, surface));
                    terms.addAll(shown(termsB, surface));
                    differences.add(new Ranked(new Comparison(Comparison.DISTINCT, both, terms,
                            a.label() + speak(a) + String.join(", ", shown(termsA, surface)) + " [1], which "
                                    + possessive(b.label()) + " statements here do not; " + b.label() + speak(b)
                                    + String.join(", ", shown(termsB, surface)) + " [2], which " + possessive(a.label())
                                    + " do not.",
                            List.of(Citations.of(1, best(onlyA, termsA)), Citations.of(2, best(onlyB, termsB)))),
                            strength(distinctA, termsA) + strength(distinctB, termsB)));
                }
            }
        }
        return new Result(top(agreements), top(differences));
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "’" : name + "’s";
    }

    private static String speak(Side side) {
        return side.actors().size() > 1 ? " speak of " : " speaks of ";
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




    private static Statement best(List<ScoredStatement> statements, List<String> terms) {
        return statements.stream()
                .max(Comparator.comparingLong((ScoredStatement s) -> terms.stream().limit(TERMS_SHOWN).filter(s.terms()::contains).count()))
                .orElseThrow().statement();
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
