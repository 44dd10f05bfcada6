package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.answer.verify.Numbers;
import dev.footnote.evidence.SentenceScorer;

/**
 * Chooses the short answer of the first quoted sentence (the span that answers on its own) and how sure it is
 * ({@link ShortAnswerConfidence}); the answerer shows it in bold only above its threshold.
 */
public final class ShortAnswers {

    /** A short answer as chosen, with what its confidence was computed from; {@code answer} null when none fits. */
    public record Choice(ShortAnswer answer, double[] features, double confidence) {
    }

    private final SentenceScorer scorer;
    private final AnswerSpans spans;
    private final SentenceAnalyses analyses;
    private final ShortAnswerConfidence confidence;

    /** @param analyses the candidate sentences' analyses, kept by the rankings: the first quote is not tagged again */
    ShortAnswers(SentenceScorer scorer, AnswerSpans spans, SentenceAnalyses analyses, ShortAnswerConfidence confidence) {
        this.scorer = scorer;
        this.spans = spans;
        this.analyses = analyses;
        this.confidence = confidence;
    }


    /** "How many <i>beds</i>…": the noun a number question counts. */
    private static final Pattern COUNTED_NOUN = Pattern.compile("(?i)\\bhow\\s+(?:many|much)\\s+([\\p{L}-]+)");

    /** The (up to) two words right after a span, a hyphen or spaces before them: "-bed unit", " million dollars". */
    private static final Pattern NEXT_TWO_WORDS = Pattern.compile("^[-\\s]*(\\p{L}+)(?:\\s+(\\p{L}+))?");

    /**
     * The span of the first quoted sentence that answers on its own, if the question expects one and it is there; not a
     * span the question already names by another word ("the United States" for "What did Washington … call for?").
     * For "how many X", a number that counts X ("a 48-<i>bed</i> unit") comes before a neighbouring one ("two phases").
     */
    Choice choose(AnswerSpans.Question question, SentenceScorer.QuestionTerms terms, ScoredSentence first,
                  double focusScore) {
        String passage = first.passage().text();
        Set<String> named = new HashSet<>(terms.weights().keySet());
        terms.alternatives().values().forEach(alternatives -> alternatives.forEach(named::addAll));
        Set<String> counted = countedNoun(question.text());
        List<AnswerSpans.Candidate> candidates = new ArrayList<>();
        for (AnswerSpans.Candidate c : ranked(question, first)) {
            Set<String> spanTerms = scorer.terms(passage.substring(c.start(), c.end()));
            if (spanTerms.isEmpty() || !named.containsAll(spanTerms)) {
                candidates.add(c);
            }
        }
        if (!counted.isEmpty()) {
            // A stable sort: among the numbers that count the noun (or among those that don't), the ranking's order stays.
            candidates.sort(Comparator.comparing(c -> counts(passage, c, counted) ? 0 : 1));
            if (candidates.isEmpty() || !counts(passage, candidates.get(0), counted)) {
                // A number glued to its noun ("a 48-bed unit") is no entity of its own: take it from the sentence.
                countingNumber(passage, first, counted, candidates.isEmpty() ? 0 : candidates.get(0).score())
                        .ifPresent(c -> candidates.add(0, c));
            }
        }
        if (candidates.isEmpty()) {
            return new Choice(null, null, 0);
        }
        AnswerSpans.Candidate c = candidates.get(0);
        String text = passage.substring(c.start(), c.end());
        double margin = candidates.size() > 1 ? c.score() - candidates.get(1).score() : 1;
        double countedNoun = counted.isEmpty() ? 0.5 : counts(passage, c, counted) ? 1 : 0;
        double[] features = ShortAnswerConfidence.features(question.type(), first.grounding(), focusScore, first.coverage(),
                c.score(), margin, candidates.size(), text.split("\\s+").length, countedNoun, c.features(),
                first.signals().similarity(), first.signals().passageRank() == 0 ? 1 : 0);
        return new Choice(new ShortAnswer(text, 1, c.start(), c.end()), features, confidence.of(features));
    }

    /** The spans of the first quote that could answer, best first; its phrases are chunked only if a noun phrase may answer. */
    private List<AnswerSpans.Candidate> ranked(AnswerSpans.Question question, ScoredSentence first) {
        if (question.type() == AnswerType.NONE) {
            return List.of();
        }
        return spans.ranked(question, question.type().acceptsNounPhrase() ? analyses.withChunks(first) : analyses.of(first));
    }

    /** The first number of the sentence that counts the noun ("48" in "a 48-bed unit"), as a candidate span. */
    private Optional<AnswerSpans.Candidate> countingNumber(String passage, ScoredSentence sentence, Set<String> counted,
                                                           double score) {
        String text = sentence.text();
        for (Numbers.Found n : Numbers.in(text)) {
            int start = sentence.span().start() + n.start();
            AnswerSpans.Candidate c = new AnswerSpans.Candidate(start, sentence.span().start() + n.end(), score,
                    new double[SpanRanking.FEATURES.size()]);
            if (counts(passage, c, counted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The terms of the noun a "how many/much" question counts; empty for other questions. */
    private Set<String> countedNoun(String question) {
        Matcher m = COUNTED_NOUN.matcher(question);
        return m.find() ? scorer.terms(m.group(1)) : Set.of();
    }

    /** Whether the span, or the two words after it, name what is counted: "48-bed", "48 beds", "412.6 million dollars". */
    private boolean counts(String passage, AnswerSpans.Candidate c, Set<String> counted) {
        Matcher after = NEXT_TWO_WORDS.matcher(passage.substring(c.end()));
        StringBuilder near = new StringBuilder(passage.substring(c.start(), c.end()));
        if (after.find()) {
            near.append(' ').append(after.group(1)).append(' ').append(after.group(2) == null ? "" : after.group(2));
        }
        return scorer.terms(near.toString()).stream().anyMatch(counted::contains);
    }
}
