package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.footnote.text.ResourceLines;

/**
 * The final order of the best candidate sentences: a linear score of their {@link Signals}, answer-type fit and
 * focus, with weights learned on SQuAD dev articles 1–24 (a conditional logit: per question, the probability that a
 * candidate is the one holding the gold answer; docs/answers.md says how to fit them again). The weights are a
 * resource ({@code sentence-ranking.tsv}: feature, weight), so a refit changes no code.
 * <p>
 * One rule is set, not fitted: for a question that asks for a date, a number or a name, the learned best may not lack
 * a name of the question or its verb when the hand-set best lacks neither and holds the asked-for type; the hand-set
 * best then stays first. On average the fit learns little from names and verbs (coverage pays for most of it), but
 * they decide cases like "When did the Black Death reach Europe?", where "…reaching Crimea by 1343" must give way to
 * "…introduced to Europe … in 1347". The rule costs about half a point of top-1 accuracy on the tuning folds
 * (docs/answers.md).
 */
final class SentenceRanking {

    /** The features, in the order of {@link #features}; a weights file names each of them. */
    static final List<String> FEATURES = List.of("termCoverage", "similarity", "passageCoverage", "retrievalShare",
            "topPassage", "phraseMatch", "typeFit", "typeAbsent", "missingNames", "noVerb", "firstSentence", "logLength",
            "subjectTypeFit", "coverageTimesSimilarity", "similaritySquared", "coverageSquared", "specificTypeFit",
            "prevCoverage", "prevSimilarity", "nextCoverage", "nextSimilarity", "anaphoric", "anaphoricPrevCoverage",
            "anaphoricPrevSimilarity", "prevGain", "nextGain");

    private static final String BUILT_IN = "dev/footnote/answer/sentence-ranking.tsv";
    private static final Set<String> ANAPHORS = Set.copyOf(ResourceLines.read("dev/footnote/answer/anaphors.txt"));
    /** Compiled once: every candidate of every answer is read for its opening words. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern FROM_FIRST_NON_LETTER = Pattern.compile("[^\\p{L}].*$");

    private final LinearModel model;
    private final int candidates;

    /**
     * @param weights    one per {@link #FEATURES} name
     * @param candidates how many of the best sentences are re-ranked (they must have been analysed for type and focus)
     */
    SentenceRanking(Map<String, Double> weights, int candidates) {
        this(new LinearModel(FEATURES, weights), candidates);
    }

    private SentenceRanking(LinearModel model, int candidates) {
        this.model = model;
        this.candidates = candidates;
    }

    /** The weights shipped in the jar. */
    static SentenceRanking builtIn(int candidates) {
        return new SentenceRanking(LinearModel.read(BUILT_IN, FEATURES), candidates);
    }

    /**
     * The best {@code candidates} in learned order, then the rest as they were; a stable sort keeps ties in order.
     * {@code ranked} comes in the hand-set order, whose best is kept first where the rule above says so.
     */
    List<ScoredSentence> rerank(AnswerSpans.Question question, List<ScoredSentence> ranked) {
        int top = Math.min(candidates, ranked.size());
        List<ScoredSentence> head = new ArrayList<>(top);
        for (ScoredSentence s : ranked.subList(0, top)) {
            head.add(s.withScore(score(features(question, s))));
        }
        ScoredSentence handSet = head.isEmpty() ? null : head.get(0);
        head.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        if (handSet != null && keepsHandSet(question, head.get(0), handSet)) {
            head.remove(handSet);
            head.add(0, handSet);
        }
        List<ScoredSentence> all = new ArrayList<>(head);
        all.addAll(ranked.subList(top, ranked.size()));
        return all;
    }

    double score(double[] features) {
        return model.score(features);
    }

    /** The rule above: the learned best lacks a name or the verb that a hand-set best holding the asked-for type has. */
    static boolean keepsHandSet(AnswerSpans.Question question, ScoredSentence learned, ScoredSentence handSet) {
        boolean specific = question.type() != AnswerType.NONE && question.type() != AnswerType.NOUN_PHRASE;
        return specific && lacksNameOrVerb(learned) && !lacksNameOrVerb(handSet) && handSet.typeFit() > 0;
    }

    private static boolean lacksNameOrVerb(ScoredSentence s) {
        return s.signals().missingNames() > 0 || !s.signals().statesVerb();
    }

    /** Whether the sentence opens with a word that points back ("It", "They", "This", "When they"). */
    static boolean startsWithAnaphor(String sentence) {
        String[] words = WHITESPACE.split(sentence.strip(), 3);
        String first = word(words[0]);
        return ANAPHORS.contains(first) || words.length > 1 && ANAPHORS.contains(first + " " + word(words[1]));
    }

    /** "It," and "They'd" read as "it" and "they". */
    private static String word(String token) {
        return FROM_FIRST_NON_LETTER.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The features of a candidate that type fit and focus have seen, in {@link #FEATURES} order. */
    static double[] features(AnswerSpans.Question question, ScoredSentence s) {
        Signals g = s.signals();
        double fit = Math.max(0, s.typeFit());
        double anaphoric = startsWithAnaphor(s.text()) ? 1 : 0;
        boolean typed = question.type() != AnswerType.NONE;
        return new double[] {
            g.termCoverage(), g.similarity(), g.passageCoverage(), g.retrievalShare(),
            g.passageRank() == 0 ? 1 : 0, g.phraseMatch(), fit, typed && fit == 0 ? 1 : 0,
            Math.max(0, g.missingNames()), g.statesVerb() ? 0 : 1, g.sentenceIndex() == 0 ? 1 : 0,
            Math.log1p(g.length()), question.asksForSubject() ? fit : 0,
            // Coverage and similarity do not add up linearly: a sentence high on both is worth more than the sum.
            g.termCoverage() * g.similarity(), g.similarity() * g.similarity(), g.termCoverage() * g.termCoverage(),
            // A date, number or name fits more surely than a noun phrase: "when" is answered by a date.
            question.type() != AnswerType.NOUN_PHRASE ? fit : 0,
            g.previous().coverage(), g.previous().similarity(), g.next().coverage(), g.next().similarity(),
            // "It caused …", "They defeated …": a sentence that leans on the one before for what it is about.
            anaphoric, anaphoric * g.previous().coverage(), anaphoric * g.previous().similarity(),
            g.previous().gain(), g.next().gain(),
        };
    }
}
