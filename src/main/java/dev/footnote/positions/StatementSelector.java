package dev.footnote.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.footnote.evidence.SentenceScorer;

/**
 * Picks an actor's most central, non-redundant statements: central = how much a statement shares with
 * the actor's other statements on the topic (mean Jaccard of terms), added to its topic coverage;
 * a statement that overlaps one already chosen too much is skipped.
 */
final class StatementSelector {

    private StatementSelector() {
    }

    static List<ScoredStatement> select(List<ScoredStatement> candidates, int max, double maxOverlap) {
        List<Ranked> ranked = new ArrayList<>();
        for (ScoredStatement s : candidates) {
            double centrality = candidates.size() < 2 ? 0 : candidates.stream().filter(o -> o != s)
                    .mapToDouble(o -> SentenceScorer.overlap(s.terms(), o.terms())).sum() / (candidates.size() - 1);
            ranked.add(new Ranked(s, s.coverage() + centrality));
        }
        // Stable sort: equal scores keep corpus order.
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        List<ScoredStatement> chosen = new ArrayList<>();
        for (Ranked r : ranked) {
            if (chosen.size() == max) {
                break;
            }
            boolean redundant = chosen.stream().anyMatch(c -> SentenceScorer.overlap(c.terms(), r.statement().terms()) > maxOverlap);
            if (!redundant) {
                chosen.add(r.statement());
            }
        }
        return chosen;
    }

    private record Ranked(ScoredStatement statement, double score) {
    }
}
