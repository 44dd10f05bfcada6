package dev.footnote.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The standard retrieval metrics over one ranked list of passage ids, and SQuAD's answer matching. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Share of the relevant passages found in the top {@code k} (with one gold passage: 1 if found, else 0). */
    public static double recallAt(int k, List<String> ranked, Collection<String> relevant) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).distinct().count();
        return (double) found / relevant.size();
    }

    /** 1 / rank of the first relevant passage within the top {@code k}, 0 if none is there. */
    public static double reciprocalRankAt(int k, List<String> ranked, Collection<String> relevant) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** nDCG@k with graded relevance and the linear gain of trec_eval: sum rel / log2(rank + 1), over the ideal. */
    public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> relevance) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += relevance.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(relevance.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Whether the answer contains one of the gold answers, both normalised as SQuAD's evaluation script does. */
    public static boolean containsAnswer(String answer, Collection<String> golds) {
        String normalisedAnswer = " " + normalise(answer) + " ";
        return golds.stream().map(RankingMetrics::normalise)
                .anyMatch(g -> !g.isEmpty() && normalisedAnswer.contains(" " + g + " "));
    }

    /** SQuAD normalisation: lower case, no punctuation, no articles (a, an, the), single spaces. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\p{Punct}|[\\u2018\\u2019\\u201C\\u201D\\u2013\\u2014]", "");
        s = s.replaceAll("\\b(a|an|the)\\b", " ");
        return s.trim().replaceAll("\\s+", " ");
    }

    /** The p-th percentile (0..100) by the nearest-rank method; 0 for no values. */
    public static double percentile(double[] sortedValues, double p) {
        if (sortedValues.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedValues.length);
        return sortedValues[Math.max(0, Math.min(sortedValues.length - 1, rank - 1))];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
