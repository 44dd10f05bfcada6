package dev.footnote.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.AnalyzedText;
import dev.footnote.text.Chunk;
import dev.footnote.text.Entity;
import dev.footnote.text.EntityType;
import dev.footnote.text.TextAnalyzer;
import dev.footnote.text.Token;

/**
 * Finds the spans of a sentence that could answer a question: entities of the expected type (or, for
 * a "what" question, noun phrases) that the question does not already name, preferring those close
 * to the question's words in the sentence ("…champion Denver Broncos defeated…" for "Who won…?").
 */
public final class AnswerSpans {

    /** Words that carry no content for matching a span against the question. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for",
            "and", "or", "by", "with", "from", "as", "is", "was", "are", "were", "be", "been", "did", "do", "does",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "that", "this", "it", "its", "?",
            ",", ".", "'s", "many", "much", "name", "has", "have", "had");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "be", "did", "does", "do", "has",
            "have", "had", "can", "could", "will", "would", "may", "might", "should", "must");
    /** Extra weight for the sentence's subject (or "by" agent) when the question asks for the subject. */
    private static final double SUBJECT_BONUS = 0.3;
    /** What a span that is not the sentence's subject keeps of its type fit when the question asks for the subject. */
    private static final double NOT_SUBJECT_SHARE = 0.5;
    /** Proximity halves at this many tokens away from the nearest question word. */
    private static final double PROXIMITY_TOKENS = 4;
    private static final Pattern DEFINITION_QUESTION =
            Pattern.compile("(?i)(what|which|who)\\s+(is|was|are|were)\\b");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    /** Adjectives that say how many or which, never what kind ("such texts", "other teachers"). */
    private static final Set<String> QUANTIFYING_ADJECTIVES = Set.of("such", "other", "many", "several", "same", "own",
            "few", "more", "most", "much", "various", "certain", "first", "last", "next", "former", "latter");
    /** What a plain noun phrase fits a question that accepts one, against 1 for an entity of the asked type. */
    private static final double NOUN_FIT = 0.5;
    private static final Pattern TYPE_OF_QUESTION = Pattern.compile("(?i)\\b(type|kind|sort|form)s? of\\b|\\bnationality\\b");
    /** How far after "is"/"was" the question's words may start for "X is the…" to define X. */
    private static final int DEFINITION_REACH = 6;

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

    private final TextAnalyzer analyzer;
    private final AnswerTypes types = new AnswerTypes();
    /** Null: the hand-set scores choose. */
    private final SpanRanking ranking;

    public AnswerSpans(TextAnalyzer analyzer) {
        this(analyzer, null);
    }

    /** @param ranking the learned order of candidate spans; {@code null} for the hand-set scores */
    AnswerSpans(TextAnalyzer analyzer, SpanRanking ranking) {
        this.analyzer = analyzer;
        this.ranking = ranking;
    }

    public Question question(String question) {
        Set<String> words = new HashSet<>();
        AnalyzedText analyzed = analyzer.withoutChunks().analyze(question);
        List<Token> tokens = analyzed.tokens();
        for (Token token : tokens) {
            String w = normal(token.text());
            if (!FUNCTION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        List<String> names = analyzed.entities().stream()
                .filter(e -> e.type().isName()).map(Entity::text).toList();
        String verb = subjectVerb(tokens);
        return new Question(question, types.of(question), words, !verb.isEmpty(), names,
                verb.isEmpty() ? mainVerb(tokens) : verb);
    }

    /**
     * "Who won…", "Which NFL team won…": a question word, maybe its nouns, then a verb that is not an auxiliary;
     * that verb, or empty.
     */
    private static String subjectVerb(List<Token> tokens) {
        int i = 0;
        if (i >= tokens.size() || !tokens.get(i).tag().startsWith("W")) {
            return "";
        }
        i++;
        while (i < tokens.size() && (tokens.get(i).isNoun() || tokens.get(i).tag().startsWith("JJ")
                || tokens.get(i).isNumber())) {
            i++;
        }
        boolean verb = i < tokens.size() && Set.of("VBD", "VBZ", "VBP").contains(tokens.get(i).tag())
                && !AUXILIARIES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
        return verb ? tokens.get(i).text() : "";
    }

    /** The first verb that is not an auxiliary ("reach" in "When did the Black Death reach Europe?"), or empty. */
    private static String mainVerb(List<Token> tokens) {
        return tokens.stream().filter(t -> t.tag().startsWith("VB"))
                .filter(t -> !AUXILIARIES.contains(t.text().toLowerCase(Locale.ROOT)) && !t.text().equalsIgnoreCase("been"))
                .map(Token::text).findFirst().orElse("");
    }

    /**
     * 0..1: the best type fit of any span of the sentence that the question does not already name; when
     * the question asks for its subject, a span that is not the sentence's subject (or "by" agent) counts less.
     */
    public double typeFit(Question question, AnalyzedSentence sentence) {
        double best = 0;
        int firstVerb = firstFiniteVerb(sentence);
        for (Entity entity : sentence.entities()) {
            if (!named(question, sentence, entity.start(), entity.end())) {
                boolean subject = isSubject(sentence, entity, firstVerb) || afterBy(sentence, entity.start());
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
        // Highest score first; ties go to the earlier, then the shorter span, so the choice never varies.
        return candidates(question, text, start, end).stream()
                .map(c -> new Candidate(c.start(), c.end(), learned(question) ? ranking.score(c.features()) : c.heuristic(),
                        c.features()))
                .sorted(java.util.Comparator.comparingDouble(Candidate::score).reversed()
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

    /**
     * A span that could answer, with its hand-set score and the features {@link SpanRanking} weighs
     * ({@link SpanRanking#FEATURES} order).
     */
    record SpanCandidate(int start, int end, double heuristic, double[] features) {
    }

    /** What a candidate span is: an entity (of some type), a noun phrase, or a lone adjective. */
    private enum SpanKind { ENTITY, NOUN_PHRASE, ADJECTIVE }

    /** Every span of {@code text.substring(start, end)} that could answer the question, not yet ranked. */
    List<SpanCandidate> candidates(Question question, String text, int start, int end) {
        if (question.type() == AnswerType.NONE) {
            return List.of();
        }
        AnalyzedSentence sentence = analyzer.analyzeSpan(text, start, end);
        List<SpanCandidate> candidates = new ArrayList<>();
        List<Integer> anchors = anchors(question, sentence);
        int firstVerb = firstFiniteVerb(sentence);
        boolean definition = asksWhatSomethingIs(question.text());
        for (Entity entity : sentence.entities()) {
            double fit = question.type().fit(typeOf(entity, sentence));
            if (fit > 0 && !named(question, sentence, entity.start(), entity.end())) {
                double closeness = closeness(sentence, anchors, entity.start());
                boolean subject = question.asksForSubject()
                        && (isSubject(sentence, entity, firstVerb) || afterBy(sentence, entity.start()));
                boolean defined = definition && definedAs(sentence, entity, anchors);
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
                    if (!named(question, sentence, s, chunk.end()) && !isPronoun(sentence.tokens().get(from))) {
                        double closeness = closeness(sentence, anchors, s);
                        candidates.add(candidate(sentence, question, anchors, s, chunk.end(), NOUN_FIT * closeness,
                                0, SpanKind.NOUN_PHRASE, closeness, false, false));
                    }
                }
            }
            // "What type of text is the Quran?" → "religious": an adjective can be the whole answer (weighed only when learned).
            for (Token token : learned(question) ? sentence.tokens() : List.<Token>of()) {
                if (token.tag().startsWith("JJ") && !QUANTIFYING_ADJECTIVES.contains(token.text().toLowerCase(Locale.ROOT))
                        && !named(question, sentence, token.start(), token.end())) {
                    candidates.add(candidate(sentence, question, anchors, token.start(), token.end(), 0, 0,
                            SpanKind.ADJECTIVE, closeness(sentence, anchors, token.start()), false, false));
                }
            }
        }
        return candidates;
    }

    private SpanCandidate candidate(AnalyzedSentence sentence, Question question, List<Integer> anchors, int start, int end,
                                    double heuristic, double fit, SpanKind kind, double closeness, boolean subject,
                                    boolean defined) {
        int tokens = 0;
        int content = 0;
        int asked = 0;
        int first = -1;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Token token = sentence.tokens().get(i);
            if (token.start() >= start && token.end() <= end) {
                tokens++;
                first = first < 0 ? i : first;
                String w = normal(token.text());
                if (!FUNCTION_WORDS.contains(w)) {
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

    /** Whether the entity is followed by "is"/"was" and, within a few tokens, by the question's words ("X is the oldest…"). */
    private static boolean definedAs(AnalyzedSentence sentence, Entity entity, List<Integer> anchors) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).end() == entity.end()) {
                if (!COPULAS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    return false;
                }
                int copula = i + 1;
                return anchors.stream().anyMatch(a -> a > copula && a - copula <= DEFINITION_REACH);
            }
        }
        return false;
    }

    /**
     * The entity's type, or for a bare name the type of a longer name of the same sentence that starts
     * with it ("Harvard" beside "the Harvard Corporation" is an organisation).
     */
    private static EntityType typeOf(Entity entity, AnalyzedSentence sentence) {
        if (entity.type() != EntityType.NAME) {
            return entity.type();
        }
        return sentence.entities().stream()
                .filter(other -> other.type().isName() && other.type() != EntityType.NAME)
                .filter(other -> other.text().startsWith(entity.text() + " "))
                .map(Entity::type).findFirst().orElse(EntityType.NAME);
    }

    /** Offset of the sentence's first finite verb (its end if none): what comes before is its subject. */
    private static int firstFiniteVerb(AnalyzedSentence sentence) {
        return sentence.tokens().stream().filter(t -> t.start() >= clauseStart(sentence))
                .filter(t -> Set.of("VBD", "VBZ", "VBP").contains(t.tag()))
                .mapToInt(Token::start).findFirst().orElse(sentence.end());
    }

    /**
     * Offset where the main clause starts: after an opening prepositional phrase and its comma ("In addition to
     * the Vince Lombardi Trophy that all champions receive, <i>the winner</i>…"), else the sentence's start.
     */
    private static int clauseStart(AnalyzedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || !tokens.get(0).tag().equals("IN")) {
            return sentence.start();
        }
        return tokens.stream().filter(t -> t.text().equals(",")).mapToInt(Token::end).findFirst().orElse(sentence.start());
    }

    /** Whether an entity is the subject of the sentence's main clause: after any opening phrase, before its verb. */
    private static boolean isSubject(AnalyzedSentence sentence, Entity entity, int firstVerb) {
        return entity.start() >= clauseStart(sentence) && entity.end() <= firstVerb;
    }

    private static boolean afterBy(AnalyzedSentence sentence, int charStart) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == charStart) {
                return tokens.get(i - 1).text().equalsIgnoreCase("by");
            }
        }
        return false;
    }

    /** Token positions of the sentence that match a question word. */
    private static List<Integer> anchors(Question question, AnalyzedSentence sentence) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (question.words().contains(normal(sentence.tokens().get(i).text()))) {
                anchors.add(i);
            }
        }
        return anchors;
    }

    /** 0.5..1: 1 next to a question word, falling towards 0.5 far from all (or when none is in the sentence). */
    private static double closeness(AnalyzedSentence sentence, List<Integer> anchors, int charStart) {
        if (anchors.isEmpty()) {
            return 0.5;
        }
        int at = 0;
        while (at < sentence.tokens().size() && sentence.tokens().get(at).start() < charStart) {
            at++;
        }
        int distance = Integer.MAX_VALUE;
        for (int anchor : anchors) {
            distance = Math.min(distance, Math.abs(anchor - at));
        }
        return 0.5 + 0.5 * PROXIMITY_TOKENS / (PROXIMITY_TOKENS + distance);
    }

    /** Whether every content word of the span is already in the question (the question names it). */
    private static boolean named(Question question, AnalyzedSentence sentence, int start, int end) {
        boolean any = false;
        for (Token token : sentence.tokens()) {
            if (token.start() >= start && token.end() <= end) {
                String w = normal(token.text());
                if (FUNCTION_WORDS.contains(w)) {
                    continue;
                }
                any = true;
                if (!question.words().contains(w)) {
                    return false;
                }
            }
        }
        return any;
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

    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
