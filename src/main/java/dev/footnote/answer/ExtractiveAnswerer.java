package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.Numbers;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.answer.verify.WordKind;
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
     */
    public record Settings(int maxSentences, double minEvidence, double relativeCutoff, double maxOverlap,
                           double typeWeight, int typeCandidates, double minGain, Grounding grounding,
                           double focusPenalty, boolean learnedRanking, boolean focusRefusal,
                           double minFocusSupport, double minShortAnswerConfidence, double minClaimSupport) {

        public Settings {
            if (maxSentences < 1) {
                throw new IllegalArgumentException("maxSentences must be >= 1");
            }
            if (typeWeight < 0 || typeCandidates < 0 || minGain < 0) {
                throw new IllegalArgumentException("typeWeight, typeCandidates and minGain must be >= 0");
            }
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

    /** A small bonus for sentences of higher-ranked passages, to break near-ties by retrieval rank. */
    private static final double RANK_BONUS = 0.05;
    /** A bonus for sentences that share the question's word pairs, to prefer the sentence on the asked-about phrase. */
    private static final double PHRASE_BONUS = 0.1;

    private final SentenceScorer scorer;
    private final Settings settings;
    private final AnswerSpans spans;
    private final AnswerTypeRanking typeRanking;
    private final AnswerTypes types = new AnswerTypes();
    private final QuestionFocus focus;
    /** Null when the hand-set weights decide. */
    private final SentenceRanking learned;
    private final FocusSupport focusSupport;
    private final ShortAnswerConfidence confidence = ShortAnswerConfidence.builtIn();

    public ExtractiveAnswerer(SentenceScorer scorer, Settings settings) {
        this(scorer, settings, TextAnalyzer.english());
    }

    public ExtractiveAnswerer(SentenceScorer scorer, Settings settings, TextAnalyzer analyzer) {
        this.scorer = scorer;
        this.settings = settings;
        this.spans = new AnswerSpans(analyzer, settings.learnedRanking() ? SpanRanking.builtIn() : null);
        this.typeRanking = new AnswerTypeRanking(spans, analyzer, settings.typeWeight(), settings.typeCandidates());
        this.focus = new QuestionFocus(scorer, typeRanking, settings.focusPenalty(), settings.typeCandidates());
        this.learned = settings.learnedRanking() ? SentenceRanking.builtIn(settings.typeCandidates()) : null;
        this.focusSupport = new FocusSupport(scorer, new ClaimAnalysis(analyzer, scorer),
                new SupportJudge(scorer, SupportWeights.builtIn()));
    }

    @Override
    public CitedAnswer answer(Query query, List<RetrievedPassage> evidence) {
        return decide(query, evidence).answer();
    }

    /**
     * An answer and what decided it, for calibration: the short answer considered (shown or not), the best sentence's
     * grounding, and the judgement of the question's focus against the quotes ({@code null} when refused before).
     */
    public record Decision(CitedAnswer answer, ShortAnswerChoice shortAnswer, double grounding, SupportJudge.Support focus) {
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
            return claimAnswer(claim.get(), ranked);
        }
        // 2. Too weak to stand on, or naming what no passage names: say so.
        double grounding = ranked.isEmpty() ? 0 : grounding(ranked.get(0), asked, terms, evidence);
        if (grounding < settings.minEvidence()) {
            return new Decision(CitedAnswer.notInCorpus(NOT_IN_CORPUS, CitedAnswer.EXTRACTIVE, List.of()), null, grounding, null);
        }
        // 3. Quote the best sentence, and a further one only where it adds evidence the first lacks.
        List<ScoredSentence> chosen = choose(terms, ranked);
        // 4. Quotes about something else than the question's names and numbers are no answer: show the nearest, ungrounded.
        SupportJudge.Support focus = focusSupport.of(focusSupport.focus(question, terms), chosen);
        if (settings.focusRefusal() && (FocusSupport.missesFocus(focus) || focus.score() < settings.minFocusSupport())) {
            return new Decision(nearest(chosen.get(0), focus), null, grounding, focus);
        }
        // 5. The span of the first quote that answers on its own, if there is one.
        //    A short answer in bold is a claim: shown only when it is likely right.
        ShortAnswerChoice shortAnswer = shortAnswer(asked, terms, chosen.get(0), focus.score());
        boolean sure = shortAnswer.answer() != null && shortAnswer.confidence() >= settings.minShortAnswerConfidence();
        return new Decision(quoted(chosen, sure ? shortAnswer.answer() : null), shortAnswer, grounding, focus);
    }

    /** How many of the best sentences a claim is judged against. */
    private static final int CLAIM_CANDIDATES = 12;

    /**
     * The answer to a claim: the one or two sentences that back it best, quoted and grounded when the judge finds them
     * backing it; otherwise the nearest evidence, shown but not grounded, with what it lacks or contradicts.
     */
    private Decision claimAnswer(ClaimQuestion claim, List<ScoredSentence> ranked) {
        if (ranked.isEmpty()) {
            return new Decision(CitedAnswer.notInCorpus(NOT_IN_CORPUS, CitedAnswer.EXTRACTIVE, List.of()), null, 0, null);
        }
        List<ScoredSentence> candidates = ranked.subList(0, Math.min(CLAIM_CANDIDATES, ranked.size()));
        SupportJudge.Support support = focusSupport.claim(claim.claim(), candidates);
        List<ScoredSentence> evidence = support.evidence().stream().map(candidates::get).toList();
        if (support.score() >= settings.minClaimSupport() && !support.contradicted()) {
            return new Decision(quoted(evidence, null), null, support.score(), support);
        }
        ScoredSentence nearest = evidence.isEmpty() ? candidates.get(0) : evidence.get(0);
        Passage p = nearest.passage();
        String lead = support.contradicted() ? "The corpus does not back this; it says otherwise: “"
                : "The corpus does not back this. Nearest: “";
        Citation cited = new Citation(1, p.id(), p.documentId(), p.source(), nearest.text(), nearest.span().start(),
                nearest.span().end(), false, null, p.page());
        return new Decision(new CitedAnswer(lead + nearest.text() + "” [1]", false, CitedAnswer.EXTRACTIVE,
                List.of(cited), List.of(), null, null), null, support.score(), support);
    }

    /** The sentences quoted one after the other, each with its marker and citation. */
    private static CitedAnswer quoted(List<ScoredSentence> chosen, ShortAnswer shortAnswer) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (ScoredSentence sentence : chosen) {
            int marker = citations.size() + 1;
            Passage p = sentence.passage();
            citations.add(new Citation(marker, p.id(), p.documentId(), p.source(),
                    sentence.text(), sentence.span().start(), sentence.span().end(), true, sentence.text(), p.page()));
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence.text()).append(" [").append(marker).append(']');
        }
        return new CitedAnswer(text.toString(), true, CitedAnswer.EXTRACTIVE, citations, List.of(), null, shortAnswer);
    }

    /**
     * A refusal that names what the corpus lacks and shows the nearest it says, quoted verbatim and cited, but not
     * grounded: "…does not contain an answer… Nearest, not about “Japan”: “…Prime Minister of Canada…” [1]".
     */
    private static CitedAnswer nearest(ScoredSentence best, SupportJudge.Support focus) {
        String lacking = focus.unsupported().stream()
                .filter(w -> w.kind() == WordKind.NAME || w.kind() == WordKind.NUMBER)
                .map(w -> "“" + w.text() + "”").distinct().collect(Collectors.joining(" or "));
        Passage p = best.passage();
        String text = NOT_IN_CORPUS + " Nearest, though not about " + lacking + ": “" + best.text() + "” [1]";
        Citation nearest = new Citation(1, p.id(), p.documentId(), p.source(), best.text(), best.span().start(),
                best.span().end(), false, null, p.page());
        return new CitedAnswer(text, false, CitedAnswer.EXTRACTIVE, List.of(nearest), List.of(), null, null);
    }

    /** A short answer as chosen, with what its confidence was computed from; {@code answer} null when none fits. */
    public record ShortAnswerChoice(ShortAnswer answer, double[] features, double confidence) {
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
    ShortAnswerChoice shortAnswer(AnswerSpans.Question question, SentenceScorer.QuestionTerms terms, ScoredSentence first,
                                  double focusScore) {
        String passage = first.passage().text();
        Set<String> named = new HashSet<>(terms.weights().keySet());
        terms.alternatives().values().forEach(alternatives -> alternatives.forEach(named::addAll));
        Set<String> counted = countedNoun(question.text());
        List<AnswerSpans.Candidate> candidates = new ArrayList<>();
        for (AnswerSpans.Candidate c : spans.ranked(question, passage, first.span().start(), first.span().end())) {
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
            return new ShortAnswerChoice(null, null, 0);
        }
        AnswerSpans.Candidate c = candidates.get(0);
        String text = passage.substring(c.start(), c.end());
        double margin = candidates.size() > 1 ? c.score() - candidates.get(1).score() : 1;
        double countedNoun = counted.isEmpty() ? 0.5 : counts(passage, c, counted) ? 1 : 0;
        double[] features = ShortAnswerConfidence.features(question.type(), first.grounding(), focusScore, first.coverage(),
                c.score(), margin, candidates.size(), text.split("\\s+").length, countedNoun, c.features(),
                first.signals().similarity(), first.signals().passageRank() == 0 ? 1 : 0);
        return new ShortAnswerChoice(new ShortAnswer(text, 1, c.start(), c.end()), features, confidence.of(features));
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

    /** Evidence first, then answer type and focus for the best few, then (if on) the learned order of those. */
    private List<ScoredSentence> ranked(Query query, AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms,
                                        List<RetrievedPassage> evidence) {
        List<ScoredSentence> ranked = focus.rerank(asked, terms, typeRanking.rerank(asked, rank(query, terms, evidence)));
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
        return focus.rerank(asked, terms, typeRanking.rerank(asked, rank(new Query(question), terms, evidence)));
    }

    /** The question as the answer spans and rankings read it, for calibration. */
    AnswerSpans.Question questionForTuning(String question) {
        return spans.question(question);
    }

    /** 0..1: how strongly the evidence stands behind the sentence that would be quoted first. */
    private double grounding(ScoredSentence best, AnswerSpans.Question asked, SentenceScorer.QuestionTerms terms,
                             List<RetrievedPassage> evidence) {
        Grounding g = settings.grounding();
        if (g == null) {
            return best.coverage();
        }
        double penalty = g.missingNamePenalty() > 0 && !focus.missingNames(asked, terms, evidence).isEmpty()
                ? g.missingNamePenalty() : 0;
        if (g.missingVerbPenalty() > 0 && asked.asksForSubject() && !focus.statesVerb(asked, terms, best)) {
            penalty += g.missingVerbPenalty();
        }
        return best.grounding() - penalty;
    }

    /** The grounding {@link #answer} refuses below, for calibration. */
    double groundingForTuning(String question, List<RetrievedPassage> evidence) {
        List<ScoredSentence> ranked = rankForTuning(question, evidence);
        return ranked.isEmpty() ? 0 : grounding(ranked.get(0), spans.question(question), questionTerms(question), evidence);
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

    /** Every sentence of the evidence, best first; ties go to the earlier passage and sentence. */
    List<ScoredSentence> rank(Query query, SentenceScorer.QuestionTerms q, List<RetrievedPassage> evidence) {
        String question = query.retrievalText();
        // The vector retrieval computed for this query, not a second embedding.
        float[] questionVector = scorer.questionVector(query::vector);
        Set<String> questionPairs = scorer.wordPairs(question);
        double topScore = evidence.stream().mapToDouble(RetrievedPassage::score).max().orElse(0);
        List<ScoredSentence> all = new ArrayList<>();
        int passageRank = 0;
        for (RetrievedPassage retrieved : evidence) {
            Passage passage = retrieved.passage();
            Set<String> context = scorer.contextTerms(passage);
            // The source line names what the whole passage is about ("Black Death"), and its context lines who wrote it
            // and when (a memo's From: and Date: lines): their terms count as the sentence's own.
            Set<String> source = new HashSet<>(passage.source() == null ? Set.of() : scorer.terms(passage.source()));
            if (passage.context() != null && !passage.context().isBlank()) {
                source.addAll(scorer.terms(passage.context()));
            }
            double passageCoverage = scorer.coverage(q, context, Set.of());
            double retrievalShare = topScore > 0 ? retrieved.score() / topScore : 0;
            List<Sentences.Span> spans = Sentences.split(passage.text());
            double[] similarities = scorer.similarities(questionVector, passage, spans);
            for (int i = 0; i < spans.size(); i++) {
                Sentences.Span span = spans.get(i);
                String sentence = span.of(passage.text());
                // One analysis per sentence: its tokens give both its term set and its word pairs.
                List<String> tokens = scorer.tokens(sentence);
                Set<String> terms = new HashSet<>(tokens);
                Set<String> withSource = new HashSet<>(terms);
                withSource.addAll(source);
                double termCoverage = scorer.coverage(q, withSource, context);
                double strength = scorer.evidence(termCoverage, similarities[i]);
                double grounding = settings.grounding() == null ? strength : settings.grounding().of(termCoverage,
                        scorer.usesEmbeddings() ? similarities[i] : Double.NaN, passageCoverage);
                double phrase = scorer.phraseMatch(questionPairs, tokens);
                double score = strength + RANK_BONUS * retrievalShare + PHRASE_BONUS * phrase;
                Signals signals = new Signals(termCoverage, similarities[i], passageCoverage, retrievalShare, passageRank, i,
                        tokens.size(), phrase, -1, true);
                all.add(new ScoredSentence(passage, span, strength, grounding, score, terms, signals));
            }
            passageRank++;
        }
        // A stable sort keeps evidence order (retrieval rank, then position) among equal scores.
        all.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return all;
    }

    private List<ScoredSentence> choose(SentenceScorer.QuestionTerms question, List<ScoredSentence> ranked) {
        List<ScoredSentence> chosen = new ArrayList<>();
        Set<String> quotedTerms = new HashSet<>();
        double best = evidenceScore(ranked.get(0));
        for (ScoredSentence candidate : ranked) {
            if (chosen.size() == settings.maxSentences()) {
                break;
            }
            boolean strongEnough = chosen.isEmpty()
                    || (evidenceScore(candidate) >= settings.relativeCutoff() * best && candidate.grounding() >= settings.minEvidence());
            boolean redundant = chosen.stream()
                    .anyMatch(c -> SentenceScorer.overlap(c.terms(), candidate.terms()) > settings.maxOverlap());
            if (strongEnough && !redundant && (chosen.isEmpty() || addsEvidence(question, quotedTerms, chosen, candidate))) {
                chosen.add(candidate);
                quotedTerms.addAll(candidate.terms());
            }
        }
        return chosen;
    }

    /** The score without the answer-type bonus: further sentences are measured against the best on evidence alone. */
    private double evidenceScore(ScoredSentence s) {
        // A learned score is on another scale: the evidence is then measured as the first ranking measured it.
        return learned != null
                ? s.coverage() + RANK_BONUS * s.signals().retrievalShare() + PHRASE_BONUS * s.signals().phraseMatch()
                : s.score() - settings.typeWeight() * Math.max(0, s.typeFit());
    }

    /** Whether a further sentence covers question terms the quoted ones lack, or holds the answer type they lack. */
    private boolean addsEvidence(SentenceScorer.QuestionTerms question, Set<String> quotedTerms,
                                 List<ScoredSentence> chosen, ScoredSentence candidate) {
        Set<String> with = new HashSet<>(quotedTerms);
        with.addAll(candidate.terms());
        double gain = scorer.coverage(question, with, Set.of()) - scorer.coverage(question, quotedTerms, Set.of());
        boolean bringsType = candidate.typeFit() > 0 && chosen.stream().allMatch(c -> c.typeFit() == 0);
        return gain >= settings.minGain() || bringsType;
    }
}
