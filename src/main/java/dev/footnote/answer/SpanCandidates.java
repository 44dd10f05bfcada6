package dev.footnote.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.footnote.answer.AnswerSpans.Question;
import dev.footnote.answer.AnswerSpans.SpanCandidate;
import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.Chunk;
import dev.footnote.text.Entity;
import dev.footnote.text.Token;

/**
 * The spans of an analysed sentence that could answer a question (entities of a fitting type, noun phrases,
 * lone adjectives), each with its hand-set score and the features {@link SpanRanking} weighs.
 */
final class SpanCandidates {

    /** Extra weight for the sentence's subject (or "by" agent) when the question asks for the subject. */
    private static final double SUBJECT_BONUS = 0.3;
    private static final Pattern DEFINITION_QUESTION =
            Pattern.compile("(?i)(what|which|who)\\s+(is|was|are|were)\\b");
    /** Adjectives that say how many or which, never what kind ("such texts", "other teachers"). */
    private static final Set<String> QUANTIFYING_ADJECTIVES = Set.of("such", "other", "many", "several", "same", "own",
            "few", "more", "most", "much", "various", "certain", "first", "last", "next", "former", "latter");
    /** What a plain noun phrase fits a question that accepts one, against 1 for an entity of the asked type. */
    private static final double NOUN_FIT = 0.5;
    private static final Pattern TYPE_OF_QUESTION = Pattern.compile("(?i)\\b(type|kind|sort|form)s? of\\b|\\bnationality\\b");

    /** What a candidate span is: an entity (of some type), a noun phrase, or a lone adjective. */
    private enum SpanKind { ENTITY, NOUN_PHRASE, ADJECTIVE }

    private SpanCandidates() {
    }

    /**
     * Every span of the sentence that could answer the question, not yet ranked.
     *
     * @param adjectives whether lone adjectives are candidates too (only when the learned order weighs them)
     */
    static List<SpanCandidate> of(Question question, AnalyzedSentence sentence, boolean adjectives) {
        List<SpanCandidate> candidates = new ArrayList<>();
        List<Integer> anchors = QuestionWords.anchors(question, sentence);
        int firstVerb = SentenceRoles.firstFiniteVerb(sentence);
        boolean definition = asksWhatSomethingIs(question.text());
        for (Entity entity : sentence.entities()) {
            double fit = question.type().fit(SentenceRoles.typeOf(entity, sentence));
            if (fit > 0 && !QuestionWords.named(question, sentence, entity.start(), entity.end())) {
                double closeness = QuestionWords.closeness(sentence, anchors, entity.start());
                boolean subject = question.asksForSubject()
                        && (SentenceRoles.isSubject(sentence, entity, firstVerb)
                            || SentenceRoles.afterBy(sentence, entity.start()));
                boolean defined = definition && SentenceRoles.definedAs(sentence, entity, anchors);
                double score = fit * closeness;
                if (subject) {
                    score *= 1 + SUBJECT_BONUS;
                }
                if (defined) {
                    score *= 1 + SUBJECT_BONUS;
                }
                candidates.add(candidate(sentence, question, anchors, entity.start(), entity.end(), Math.min(1, score),
                        fit, SpanKind.ENTITY, closeness, subject, defined));
            }
        }
        if (question.type().acceptsNounPhrase()) {
            for (Chunk chunk : sentence.nounPhrases()) {
                int from = firstContentToken(sentence, chunk);
                if (from >= 0) {
                    int s = sentence.tokens().get(from).start();
                    if (!QuestionWords.named(question, sentence, s, chunk.end()) && !isPronoun(sentence.tokens().get(from))) {
                        double closeness = QuestionWords.closeness(sentence, anchors, s);
                        candidates.add(candidate(sentence, question, anchors, s, chunk.end(), NOUN_FIT * closeness,
                                0, SpanKind.NOUN_PHRASE, closeness, false, false));
                    }
                }
            }
            // "What type of text is the Quran?" → "religious": an adjective can be the whole answer (weighed only when learned).
            for (Token token : adjectives ? sentence.tokens() : List.<Token>of()) {
                if (token.tag().startsWith("JJ") && !QUANTIFYING_ADJECTIVES.contains(token.text().toLowerCase(Locale.ROOT))
                        && !QuestionWords.named(question, sentence, token.start(), token.end())) {
                    candidates.add(candidate(sentence, question, anchors, token.start(), token.end(), 0, 0,
                            SpanKind.ADJECTIVE, QuestionWords.closeness(sentence, anchors, token.start()), false, false));
                }
            }
        }
        return candidates;
    }

    private static SpanCandidate candidate(AnalyzedSentence sentence, Question question, List<Integer> anchors, int start,
                                           int end, double heuristic, double fit, SpanKind kind, double closeness,
                                           boolean subject, boolean defined) {
        int tokens = 0;
        int content = 0;
        int asked = 0;
        int first = -1;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Token token = sentence.tokens().get(i);
            if (token.start() >= start && token.end() <= end) {
                tokens++;
                first = first < 0 ? i : first;
                String w = QuestionWords.normal(token.text());
                if (!QuestionWords.isFunctionWord(w)) {
                    content++;
                    asked += question.words().contains(w) ? 1 : 0;
                }
            }
        }
        final int at = first;
        boolean afterAnchor = anchors.stream().anyMatch(a -> a < at);
        String firstWord = first < 0 ? "" : sentence.tokens().get(first).text();
        boolean adjective = kind == SpanKind.ADJECTIVE;
        double[] features = {
            fit, kind == SpanKind.NOUN_PHRASE ? 1 : 0, adjective ? 1 : 0, closeness, subject ? 1 : 0, defined ? 1 : 0,
            Math.log1p(tokens), content == 0 ? 0 : (double) asked / content, afterAnchor ? 1 : 0,
            firstWord.chars().anyMatch(Character::isDigit) ? 1 : 0,
            !firstWord.isEmpty() && Character.isUpperCase(firstWord.charAt(0)) ? 1 : 0,
            adjective && TYPE_OF_QUESTION.matcher(question.text()).find() ? 1 : 0, heuristic,
        };
        return new SpanCandidate(start, end, heuristic, features);
    }

    /** "What is the oldest…?", "Who was the first…?": the answer is what the sentence says is that. */
    private static boolean asksWhatSomethingIs(String question) {
        return DEFINITION_QUESTION.matcher(question.strip()).lookingAt();
    }

    private static int firstContentToken(AnalyzedSentence sentence, Chunk chunk) {
        for (int i = chunk.firstToken(); i < chunk.endToken(); i++) {
            String tag = sentence.tokens().get(i).tag();
            if (!tag.equals("DT") && !tag.equals("PRP$") && !tag.equals("POS")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPronoun(Token token) {
        return token.tag().startsWith("PRP") || token.tag().startsWith("WP") || token.tag().equals("EX");
    }
}
