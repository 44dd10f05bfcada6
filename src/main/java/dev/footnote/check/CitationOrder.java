package dev.footnote.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.footnote.answer.verify.ClaimWord;
import dev.footnote.answer.verify.SupportJudge;

/**
 * Which candidate sentences a checked sentence cites, in order, up to {@link CheckRules#maxCitations}: 1. the judge's
 * evidence (the one sentence, or two together, that back it best); 2. sentences that back the words still unbacked,
 * each the best for what is left; 3. sentences that back the claim on their own at least
 * {@link CheckRules#alsoCiteScore}, best first, where a sentence just before or after the judge's evidence (which
 * often names who or what it speaks of) ranks {@link CheckRules#neighbourBonus} higher. A reader, and WiCE's measure,
 * then find the whole supporting set among the first citations, not only its best sentence.
 */
final class CitationOrder {

    private final SupportJudge judge;
    private final CheckRules rules;

    CitationOrder(SupportJudge judge, CheckRules rules) {
        this.judge = judge;
        this.rules = rules;
    }

    /** What is cited: candidate indices in citation order, and the claim words none of them backs. */
    record Cited(List<Integer> indices, List<ClaimWord> unbacked) {
    }

    Cited cite(List<ClaimWord> words, SupportJudge.Support support, List<EvidenceSentences.Candidate> candidates,
               List<SupportJudge.Evidence> compared, SupportJudge.Evidence context) {
        List<Integer> cited = new ArrayList<>(support.evidence());
        List<ClaimWord> unbacked = support.unsupported();
        while (cited.size() < rules.maxCitations() && !unbacked.isEmpty()) {
            List<Integer> rest = notCited(candidates.size(), cited);
            if (rest.isEmpty()) {
                break;
            }
            SupportJudge.Support more = judge.judge(unbacked, rest.stream().map(compared::get).toList(), SupportJudge.Evidence.NONE);
            // A sentence that backs only a sliver of what is left (one common word) is no part of the evidence.
            if (more.evidence().isEmpty() || more.unsupported().size() >= unbacked.size() || more.score() < rules.unbackedScore()) {
                break;
            }
            more.evidence().forEach(i -> cited.add(rest.get(i)));
            unbacked = more.unsupported();
        }
        alsoCite(words, support.evidence(), candidates, compared, context, cited);
        return new Cited(List.copyOf(cited.subList(0, Math.min(cited.size(), rules.maxCitations()))), unbacked);
    }

    /** The sentences that back the claim well on their own, best first. */
    private void alsoCite(List<ClaimWord> words, List<Integer> evidence, List<EvidenceSentences.Candidate> candidates,
                          List<SupportJudge.Evidence> compared, SupportJudge.Evidence context, List<Integer> cited) {
        if (cited.size() >= rules.maxCitations()) {
            return;
        }
        Map<Integer, Double> scores = new HashMap<>();
        for (int i : notCited(compared.size(), cited)) {
            double score = judge.judge(words, List.of(compared.get(i)), context).score();
            if (score >= rules.alsoCiteScore()) {
                scores.put(i, score + (nextTo(i, evidence, candidates) ? rules.neighbourBonus() : 0));
            }
        }
        scores.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(rules.maxCitations() - cited.size()).forEach(e -> cited.add(e.getKey()));
    }

    /** Whether candidate {@code i} is just before or after one of the judge's evidence sentences, in the same passage. */
    private static boolean nextTo(int i, List<Integer> evidence, List<EvidenceSentences.Candidate> candidates) {
        for (int e : evidence) {
            if (Math.abs(i - e) == 1 && candidates.get(i).passage().id().equals(candidates.get(e).passage().id())) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> notCited(int size, List<Integer> cited) {
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!cited.contains(i)) {
                rest.add(i);
            }
        }
        return rest;
    }
}
