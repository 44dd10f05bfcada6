package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.text.TextAnalyzer;

/**
 * The offline answerer: quotes the 1–3 sentences of the retrieved passages that best answer the
 * question, verbatim, each followed by its citation marker. It never writes a word of its own
 * except the fixed "not in the corpus" reply when the best sentence is too weak to stand on.
 */
public final class ExtractiveAnswerer implements Answerer {

    /** Said when the evidence is too weak; no citations go with it. */
    public static final String NOT_IN_CORPUS = "The corpus does not contain an answer to this question.";

    /**
     * @param maxSentences   the most sentences quoted in one answer
     * @param minEvidence    the least coverage (0..1) the best sentence needs for the answer to be grounded
     * @param relativeCutoff a further sentence is quoted only if it scores at least this share of the best
     * @param maxOverlap     a further sentence is skipped if its terms overlap a quoted one's more than this (Jaccard)
     * @param typeWeight     what holding the expected answer type adds to a sentence's score; 0 ranks on evidence only
     * @param typeCandidates how many of the best sentences are analysed for the expected answer type
     * @param minGain        a further sentence is quoted only if it adds at least this share of the question's
     *                       (weighted) terms that the quoted ones lack, or the expected answer type they lack
     * @param grounding      how the best sentence's grounding is measured against {@code minEvidence}; {@code null}
     *                       measures its evidence (as ranked) alone
     * @param focusPenalty   what each name of the question that a best sentence lacks, and the question's verb that it
     *                       does not use, takes off its score; 0 ranks without
     * @param learnedRanking whether the best {@code typeCandidates} are put in their final order by the learned
     *                       {@link SentenceRanking} instead of the hand-set weights above
     * @param focusRefusal   whether an answer is refused when its quotes (with their context) do not back a name or a
     *                       number of the question ({@link FocusSupport}); the nearest quote is then shown, not grounded
     * @param minFocusSupport with {@code focusRefusal}, the least score of the judge ({@link SupportJudge}) of the
     *                       question's focus against the quotes for an answer to be grounded
     * @param minShortAnswerConfidence the least {@link ShortAnswerConfidence} (0..1) at which a short answer is shown
     * @param minClaimSupport the least score of the judge at which the evidence for a claim ("Is it true that …?", a
     *                       statement) is quoted as backing it
     * @param minAnswerConfidence the least {@link AnswerConfidence} (0..1) at which a question is answered; it then
     *                       replaces {@code minEvidence} for the best sentence (not for further ones); 0, or a question
     *                       scored without embeddings, leaves the decision to {@code minEvidence}
     */
    public record Settings(int maxSentences, double minEvidence, double relativeCutoff, double maxOverlap,
                           double typeWeight, int typeCandidates, double minGain, Grounding grounding,
                           double focusPenalty, boolean learnedRanking, boolean focusRefusal,
                           double minFocusSupport, double minShortAnswerConfidence, double minClaimSupport,
                           double minAnswerConfidence) {

        public Settings {
            if (maxSentences < 1) {
                throw new IllegalArgumentException("maxSentences must be >= 1");
            }
            if (typeWeight < 0 || typeCandidates < 0 || minGain < 0) {
                throw new IllegalArgumentException("typeWeight, typeCandidates and minGain must be >= 0");
            }
        }

        /** Without the learned answer confidence: the best sentence's grounding decides. */
        public Settings(int maxSentences, double minEvidence, double relativeCutoff, double maxOverlap,
                        double typeWeight, int typeCandidates, double minGain, Grounding grounding,
                        double focusPenalty, boolean learnedRanking, boolean focusRefusal,
                        double minFocusSupport, double minShortAnswerConfidence, double minClaimSupport) {
            this(maxSentences, minEvidence, relativeCutoff, maxOverlap, typeWeight, typeCandidates, minGain, grounding,
                    focusPenalty, learnedRanking, focusRefusal, minFocusSupport, minShortAnswerConfidence, minClaimSupport,
                    0);
        }

        /** Refusing by focus, every short answer shown. */
        public Settings(int maxSentences, double minEvidence, double relativeCutoff, double maxOverlap,
                        double typeWeight, int typeCandidates, double minGain, Grounding grounding,
                        double focusPenalty, boolean learnedRanking) {
            this(maxSentences, minEvidence, relativeCutoff, maxOverlap, typeWeight, typeCandidates, minGain, grounding,
                    focusPenalty, learnedRanking, true, 0, 0, 0.6);
        }

        /** Grounded on the best sentence's evidence alone. */
        public Settings(int maxSentences, double minEvidence, double relativeCutoff, double maxOverlap,
                        double typeWeight, int typeCandidates, double minGain) {
            this(maxSentences, minEvidence, relativeCutoff, maxOverlap, typeWeight, typeCandidates, minGain, null, 0, false,
                    true, 0, 0, 0.6);
        }

        /** Evidence only, as before answer types: no re-ranking, no gain required of a further sentence. */
        public Settings(int maxSentences, double minEvidence, double relativeCutoff, double maxOverlap) {
            this(maxSentences, minEvidence, relativeCutoff, maxOverlap, 0, 0, 0, null, 0, false, true, 0, 0, 0.6);
        }
    }

    private final SentenceScorer scorer;
    private final Settings settings;
    private final EvidenceRanking evidenceRanking;
    private final AnswerSpans spans;
    private final AnswerTypeRanking typeRanking;
    private final AnswerTypes types = new AnswerTypes();
    private final QuestionFocus focus;
    /** Null when the hand-set weights decide. */
    private final SentenceRanking learned;
    private final FocusSupport focusSupport;
    private final ShortAnswers shortAnswers;
    private final QuoteSelection quotes;
    private final ClaimAnswerer claims;
    private final AnswerGate gate;

    public ExtractiveAnswerer(SentenceScorer scorer, Settings settings) {
        this(scorer, settings, TextAnalyzer.english());
    }

    public ExtractiveAnswerer(SentenceScorer scorer, Settings settings, TextAnalyzer analyzer) {
        this.scorer = scorer;
        this.settings = settings;
        this.evidenceRanking = new EvidenceRanking(scorer, settings.grounding());
        this.spans = new AnswerSpans(analyzer, settings.learnedRanking() ? SpanRanking.builtIn() : null);
        SentenceAnalyses analyses = new SentenceAnalyses(analyzer);
        this.typeRanking = new AnswerTypeRanking(spans, analyses, settings.typeWeight(), settings.typeCandidates());
        this.focus = new QuestionFocus(scorer, analyses, settings.focusPenalty(), settings.typeCandidates());
        this.learned = settings.learnedRanking() ? SentenceRanking.builtIn(settings.typeCandidates()) : null;
        this.focusSupport = new FocusSupport(scorer, new ClaimAnalysis(analyzer, scorer),
                new SupportJudge(scorer, SupportWeights.builtIn()));
        this.shortAnswers = new ShortAnswers(scorer, spans, analyses, ShortAnswerConfidence.builtIn());
        this.gate = new AnswerGate(AnswerConfidence.builtIn(), settings.minEvidence(), settings.minAnswerConfidence());
        this.quotes = new QuoteSelection(scorer, settings, learned != null);
        this.claims = new ClaimAnswerer(focusSupport, settings.minClaimSupport());
    }

    @Override
    public CitedAnswer answer(Query query, List<RetrievedPassage> evidence) {
        return decide(query, evidence).answer();
    }

    /**
     * An answer and what decided it, for calibration: the short answer considered (shown or not), the best sentence's
     * grounding, and the judgement of the question's focus against the quotes ({@code null} when refused before).
     */
    public record Decision(CitedAnswer answer, ShortAnswers.Choice shortAnswer, double grounding, SupportJudge.Support focus) {
    }

    /** Whether the question is answered as a claim ("Is it true that X?", a statement typed as it stands), for calibration. */
    public static boolean answersAsClaim(String question) {
        return ClaimQuestion.of(question).isPresent();
    }

    /** The answer with the short answer it considered, for calibration. */
    public Decision decideForTuning(Query query, List<RetrievedPassage> evidence) {
        return decide(query, evidence);
    }

    private Decision decide(Query query, List<RetrievedPassage> evidence) {
        String question = query.retrievalText();
        // 1. Rank sentences by evidence, then the best few by whether they hold what the question asks for.
        AnswerSpans.Question asked = spans.question(question);
        SentenceScorer.QuestionTerms terms = questionTerms(question);
        List<ScoredSentence> ranked = ranked(query, asked, terms, evidence);
        // 1b. "Is it true that X?" or a bare statement: the answer is the evidence for X, judged as a claim.
        Optional<ClaimQuestion> claim = ClaimQuestion.of(question);
        if (claim.isPresent()) {
            return claims.answer(claim.get(), ranked);
        }
        // 2. Too weak to stand on, or naming what no passage names: say so.
        if (ranked.isEmpty()) {
            return notInCorpus(0, null);
        }
        ScoredSentence best = ranked.get(0);
        double penalty = penalty(best, asked, terms, evidence);
        double grounding = grounding(best, penalty);
        boolean learnedGate = settings.minAnswerConfidence() > 0 && scorer.usesEmbeddings();
        if (!learnedGate && grounding < settings.minEvidence()) {
            return notInCorpus(grounding, null);
        }
        // 3. Quote the best sentence, and a further one only where it adds evidence the first lacks.
        List<ScoredSentence> chosen = quotes.choose(terms, ranked);
        SupportJudge.Support focus = focusSupport.of(focusSupport.focus(question, terms), chosen, evidence);
        // 3b. With embeddings, whether the corpus answers at all is the fitted confidence's call, not the grounding's,
        //     unless the words settle it.
        if (learnedGate && gate.refuses(grounding, penalty, ranked, focus.score())) {
            return notInCorpus(grounding, focus);
        }
        // 4. Quotes about something else than the question's names and numbers are no answer: show the nearest, ungrounded.
        if (settings.focusRefusal() && (FocusSupport.missesFocus(focus) || focus.score() < settings.minFocusSupport())) {
            return new Decision(QuotedAnswers.nearest(chosen.get(0), focus), null, grounding, focus);
        }
        // 5. The span of the first quote that answers on its own, if there is one.
        //    A short answer in bold is a claim: shown only when it is likely right.
        ShortAnswers.Choice shortAnswer = shortAnswers.choose(asked, terms, chosen.get(0), focus.score());
        boolean sure = shortAnswer.answer() != null && shortAnswer.confidence() >= settings.minShortAnswerConfidence();
        return new Decision(QuotedAnswers.quoted(chosen, sure ? shortAnswer.answer() : null), shortAnswer, grounding, focus);
    }

    private static Decision notInCorpus(double grounding, SupportJudge.Support focus) {
        return new Decision(CitedAnswer.notInCorpus(NOT_IN_CORPUS, CitedAnswer.EXTRACTIVE, List.of()), null, grounding, focus);
    }

    /** Evidence first, then answer type and focus for the best few, then (if on) the learned order of those. */
    private List<ScoredSentence> ranked(Query query, AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms,
                                        List<RetrievedPassage> evidence) {
        List<ScoredSentence> ranked = focus.rerank(asked, terms,
                typeRanking.rerank(asked, evidenceRanking.rank(query, terms, evidence)));
        return learned == null ? ranked : learned.rerank(asked, ranked);
    }

    /** The ranking {@link #answer} decides on, for calibration. */
    List<ScoredSentence> rankForTuning(String question, List<RetrievedPassage> evidence) {
        return ranked(new Query(question), spans.question(question), questionTerms(question), evidence);
    }

    /** The ranking before the learned order, with every feature {@link SentenceRanking} weighs: what it is fitted on. */
    List<ScoredSentence> candidatesForTuning(String question, List<RetrievedPassage> evidence) {
        AnswerSpans.Question asked = spans.question(question);
        SentenceScorer.QuestionTerms terms = questionTerms(question);
        return focus.rerank(asked, terms, typeRanking.rerank(asked, evidenceRanking.rank(new Query(question), terms, evidence)));
    }

    /** The judge's score of the question's focus against one candidate (with its passage as context), for calibration. */
    double focusScoreForTuning(String question, ScoredSentence candidate, List<RetrievedPassage> evidence) {
        return focusSupport.of(focusSupport.focus(question, questionTerms(question)), List.of(candidate), evidence).score();
    }

    /** The question as the answer spans and rankings read it, for calibration. */
    AnswerSpans.Question questionForTuning(String question) {
        return spans.question(question);
    }

    /** 0..1: how strongly the evidence stands behind the sentence that would be quoted first. */
    private double grounding(ScoredSentence best, double penalty) {
        return settings.grounding() == null ? best.coverage() : best.grounding() - penalty;
    }

    /** What the grounding loses for a name of the question no passage holds, and for a "who did" without its verb. */
    private double penalty(ScoredSentence best, AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms,
                           List<RetrievedPassage> evidence) {
        Grounding g = settings.grounding();
        if (g == null) {
            return 0;
        }
        double penalty = g.missingNamePenalty() > 0 && !focus.missingNames(asked, terms, evidence).isEmpty()
                ? g.missingNamePenalty() : 0;
        if (g.missingVerbPenalty() > 0 && asked.asksForSubject() && !focus.statesVerb(asked, terms, best)) {
            penalty += g.missingVerbPenalty();
        }
        return penalty;
    }

    /** The grounding {@link #answer} refuses below, for calibration. */
    double groundingForTuning(String question, List<RetrievedPassage> evidence) {
        List<ScoredSentence> ranked = rankForTuning(question, evidence);
        return ranked.isEmpty() ? 0
                : grounding(ranked.get(0), penalty(ranked.get(0), spans.question(question), questionTerms(question), evidence));
    }

    /** Whether the sentence uses the question's verb, for calibration. */
    boolean statesVerb(AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms, ScoredSentence sentence) {
        return focus.statesVerb(asked, terms, sentence);
    }

    /** The names of the question no passage mentions, for calibration. */
    List<String> missingNamesForTuning(String question, List<RetrievedPassage> evidence) {
        return focus.missingNames(spans.question(question), questionTerms(question), evidence);
    }

    /** The question's terms the sentences are scored on, for calibration. */
    SentenceScorer.QuestionTerms questionTermsForTuning(String question) {
        return questionTerms(question);
    }

    /** The question's terms the sentences are scored on: without the words that describe the answer. */
    private SentenceScorer.QuestionTerms questionTerms(String question) {
        return scorer.answerQuestion(question, java.util.Set.copyOf(types.describingAnswer(question)));
    }
}
