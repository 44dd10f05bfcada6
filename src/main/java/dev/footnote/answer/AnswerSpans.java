package dev.footnote.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.Entity;
import dev.footnote.text.TextAnalyzer;

/**
 * Finds the spans of a sentence that could answer a question: entities of the expected type (or, for
 * a "what" question, noun phrases) that the question does not already name, preferring those close
 * to the question's words in the sentence ("…champion Denver Broncos defeated…" for "Who won…?").
 */
public final class AnswerSpans {

    /** What a span that is not the sentence's subject keeps of its type fit when the question asks for the subject. */
    private static final double NOT_SUBJECT_SHARE = 0.5;

    /**
     * A question as the span finder needs it: its expected answer type, its content words, and whether
     * its question word is the subject of its verb ("Who won…?", "Which team won…?"), whose answer is
     * then the subject (or the "by" agent) of the answering sentence; {@code names} are the names and dates
     * it mentions ("Super Bowl 50", "Fresno"), which a passage that answers it must mention too; {@code verb} is
     * its main verb ("won" in "Who won…?", "reach" in "When did the Black Death reach Europe?"), empty when it has none.
     */
    public record Question(String text, AnswerType type, Set<String> words, boolean asksForSubject, List<String> names,
                           String verb) {

        public Question {
            words = Set.copyOf(words);
            names = List.copyOf(names);
        }

        public Question(String text, AnswerType type, Set<String> words, boolean asksForSubject) {
            this(text, type, words, asksForSubject, List.of(), "");
        }
    }

    /**
     * A candidate span of a sentence.
     *
     * @param start offset in the analysed text (the passage)
     * @param end   offset after it
     * @param score 0..1: type fit, weighed by closeness to the question's words
     * @param features what {@link SpanRanking} weighs ({@link SpanRanking#FEATURES} order), which also tells how sure
     *                 the choice is
     */
    public record Candidate(int start, int end, double score, double[] features) {
    }

    /**
     * A span that could answer, with its hand-set score and the features {@link SpanRanking} weighs
     * ({@link SpanRanking#FEATURES} order).
     */
    record SpanCandidate(int start, int end, double heuristic, double[] features) {
    }

    private final TextAnalyzer analyzer;
    private final QuestionReader reader;
    /** Null: the hand-set scores choose. */
    private final SpanRanking ranking;

    public AnswerSpans(TextAnalyzer analyzer) {
        this(analyzer, null);
    }

    /** @param ranking the learned order of candidate spans; {@code null} for the hand-set scores */
    AnswerSpans(TextAnalyzer analyzer, SpanRanking ranking) {
        this.analyzer = analyzer;
        this.reader = new QuestionReader(analyzer);
        this.ranking = ranking;
    }

    public Question question(String question) {
        return reader.read(question);
    }

    /**
     * 0..1: the best type fit of any span of the sentence that the question does not already name; when
     * the question asks for its subject, a span that is not the sentence's subject (or "by" agent) counts less.
     */
    public double typeFit(Question question, AnalyzedSentence sentence) {
        double best = 0;
        int firstVerb = SentenceRoles.firstFiniteVerb(sentence);
        for (Entity entity : sentence.entities()) {
            if (!QuestionWords.named(question, sentence, entity.start(), entity.end())) {
                boolean subject = SentenceRoles.isSubject(sentence, entity, firstVerb)
                        || SentenceRoles.afterBy(sentence, entity.start());
                double fit = question.type().fit(entity.type());
                best = Math.max(best, question.asksForSubject() && !subject ? fit * NOT_SUBJECT_SHARE : fit);
            }
        }
        return best;
    }

    /** The best answering span of {@code text.substring(start, end)}, analysed here with its noun phrases. */
    public Optional<Candidate> best(Question question, String text, int start, int end) {
        return ranked(question, text, start, end).stream().findFirst();
    }

    /** The answering spans of {@code text.substring(start, end)}, best first. */
    public List<Candidate> ranked(Question question, String text, int start, int end) {
        return rank(question, candidates(question, text, start, end));
    }

    /**
     * The answering spans of a sentence analysed already, best first: with its phrases ({@link TextAnalyzer#withChunks})
     * when the question accepts a noun phrase, which are then candidates too.
     */
    List<Candidate> ranked(Question question, AnalyzedSentence sentence) {
        return question.type() == AnswerType.NONE ? List.of()
                : rank(question, SpanCandidates.of(question, sentence, learned(question)));
    }

    private List<Candidate> rank(Question question, List<SpanCandidate> candidates) {
        // Highest score first; ties go to the earlier, then the shorter span, so the choice never varies.
        return candidates.stream()
                .map(c -> new Candidate(c.start(), c.end(), learned(question) ? ranking.score(c.features()) : c.heuristic(),
                        c.features()))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::start)
                        .thenComparing(c -> c.end() - c.start()))
                .toList();
    }

    /**
     * Whether the learned order chooses: for "what"/"which" questions answered by a noun phrase, where the hand-set
     * scores are weakest; a date, a number or a name is chosen as well by its type as the fit chose it (docs/answers.md).
     */
    private boolean learned(Question question) {
        return ranking != null && question.type() == AnswerType.NOUN_PHRASE;
    }

    /** Every span of {@code text.substring(start, end)} that could answer the question, not yet ranked. */
    List<SpanCandidate> candidates(Question question, String text, int start, int end) {
        if (question.type() == AnswerType.NONE) {
            return List.of();
        }
        return SpanCandidates.of(question, analyzer.analyzeSpan(text, start, end), learned(question));
    }
}
