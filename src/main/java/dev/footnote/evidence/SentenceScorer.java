package dev.footnote.evidence;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.outage.EmbeddingUnavailableException;
import dev.footnote.index.TextEmbedder;

/**
 * Scores how well a sentence answers a question: the idf-weighted share of the question's terms
 * that the sentence contains, with half credit for terms found only elsewhere in its passage or in
 * its source line (context that the sentence leans on, as in "They urged…").
 * A question term absent from the whole corpus weighs the most, which is what makes an off-topic
 * question score low.
 * <p>
 * With sentence embeddings, the evidence is hybrid, like retrieval: a weighted mean of that term
 * coverage and the embedding similarity of question and sentence, so a paraphrase that shares few
 * words with the question can still be the quote.
 */
public final class SentenceScorer {

    /** Words that frame a question rather than say what it is about. */
    private static final String QUESTION_WORDS =
            "what who whom whose which when where why how does did do doing done has have had can could would should "
                    + "may might must about any some me please tell told say said says saying mention mentioned mentions "
                    + "describe described explain according corpus document documents passage passages text give show "
                    + "there here i you we anything something know position positions stance view views opinion";

    private final TermWeights weights;
    private final Set<String> questionWords;
    /** Null when sentences are scored on terms only. */
    private final SentenceEmbeddings embeddings;
    private final double similarityWeight;
    /**
     * Set by {@link #questionVector} when the question could not be embedded (the embedding server is
     * unreachable), so that the sentences of that question are weighed on terms alone rather than with a
     * similarity of 0 dragging every one down. Per thread: one question is scored on one thread.
     */
    private final ThreadLocal<Boolean> withoutEmbeddings = ThreadLocal.withInitial(() -> false);
    /** {@link #contextTerms} of passages (by their whole record: text, source and context). */
    private final Cache<Passage, Set<String>> contextTerms = Caffeine.newBuilder().maximumSize(4096).build();
    /** Alternatives of answer questions' terms ("won" → "defeated"), analysed on first use. */
    private volatile RelatedTerms related;

    /** Term overlap only. */
    public SentenceScorer(TermWeights weights) {
        this(weights, null, 0);
    }

    /** @param similarityWeight 0..1: the share of the evidence that comes from embedding similarity */
    public SentenceScorer(TermWeights weights, SentenceEmbeddings embeddings, double similarityWeight) {
        if (similarityWeight < 0 || similarityWeight > 1) {
            throw new IllegalArgumentException("similarityWeight must be in 0..1, was " + similarityWeight);
        }
        this.weights = weights;
        this.questionWords = Set.copyOf(weights.terms(QUESTION_WORDS));
        this.embeddings = similarityWeight > 0 ? embeddings : null;
        this.similarityWeight = embeddings == null ? 0 : similarityWeight;
    }

    /**
     * The question's embedding, or {@code null} when similarity is not used.
     *
     * @param vectorOf the question's vector by a given embedder: a query's own vector, so a question
     *                 that retrieval has embedded already is not embedded again
     */
    public float[] questionVector(Function<TextEmbedder, float[]> vectorOf) {
        withoutEmbeddings.set(false);
        if (embeddings == null) {
            return null;
        }
        try {
            return vectorOf.apply(embeddings.embedder());
        } catch (EmbeddingUnavailableException e) {
            // The embedding server is down: this question is scored on terms alone (retrieval has said so in the warnings).
            withoutEmbeddings.set(true);
            return null;
        }
    }

    /** The embedding similarity (cosine, floored at 0) of each sentence to the question; all 0 without embeddings. */
    public double[] similarities(float[] questionVector, Passage passage, List<Sentences.Span> spans) {
        if (embeddings == null || questionVector == null) {
            return new double[spans.size()];
        }
        return embeddings.similarities(questionVector, passage, spans);
    }

    /**
     * Whether sentences are compared with the question by embedding similarity too, not by terms alone
     * (false for a question that could not be embedded, on the thread that scores it).
     */
    public boolean usesEmbeddings() {
        return embeddings != null && !withoutEmbeddings.get();
    }

    /** 0..1: the hybrid evidence of a sentence from its term coverage and its embedding similarity. */
    public double evidence(double coverage, double similarity) {
        return withoutEmbeddings.get() ? coverage : (1 - similarityWeight) * coverage + similarityWeight * similarity;
    }

    /**
     * A question's content terms and their weights, and for some terms what a sentence may hold instead
     * ({@link RelatedTerms}: a term counts as held when all the terms of one of its alternatives are).
     */
    public record QuestionTerms(Map<String, Double> weights, double total, Map<String, List<Set<String>>> alternatives) {

        public QuestionTerms {
            alternatives = Map.copyOf(alternatives);
        }

        public QuestionTerms(Map<String, Double> weights, double total) {
            this(weights, total, Map.of());
        }

        public boolean isEmpty() {
            return weights.isEmpty();
        }

        /** Whether {@code terms} hold the question term, itself or one of its alternatives. */
        public boolean heldBy(String term, Set<String> terms) {
            if (terms.contains(term)) {
                return true;
            }
            for (Set<String> alternative : alternatives.getOrDefault(term, List.of())) {
                if (terms.containsAll(alternative)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A question's terms without the words that frame it ("what", "said"), unless it has no others. */
    public QuestionTerms question(String question) {
        List<String> terms = weights.terms(question);
        List<String> content = terms.stream().filter(t -> !questionWords.contains(t)).toList();
        // A question made only of framing words ("What did they say?") is scored on all of them.
        return weighted(content.isEmpty() ? terms : content);
    }

    /**
     * A question as the extractive answerer scores sentences against it: its content terms without
     * {@code describingAnswer} (the words that say what the answer is, "which <i>news agency</i>", which the
     * answering sentence replaces by the answer itself), each with what a sentence may say instead.
     */
    public QuestionTerms answerQuestion(String question, Set<String> describingAnswer) {
        Set<String> dropped = new HashSet<>();
        describingAnswer.forEach(w -> dropped.addAll(weights.terms(w)));
        QuestionTerms all = question(question);
        List<String> kept = all.weights().keySet().stream().filter(t -> !dropped.contains(t)).toList();
        QuestionTerms q = weighted(kept.isEmpty() ? List.copyOf(all.weights().keySet()) : kept);
        RelatedTerms r = relatedTerms();
        Map<String, List<Set<String>>> alternatives = new LinkedHashMap<>();
        for (String term : q.weights().keySet()) {
            if (!r.of(term).isEmpty()) {
                alternatives.put(term, r.of(term));
            }
        }
        return new QuestionTerms(q.weights(), q.total(), alternatives);
    }

    /** What a text may hold instead of the term ("won" → "defeated"): sets of terms, each standing for it as a whole. */
    public List<Set<String>> alternatives(String term) {
        return relatedTerms().of(term);
    }

    /** How much a term tells: its inverse document frequency over the passages (highest for a term no passage has). */
    public double idf(String term) {
        return weights.idf(term);
    }

    private RelatedTerms relatedTerms() {
        RelatedTerms r = related;
        if (r == null) {
            r = RelatedTerms.builtIn(weights::terms);
            related = r;
        }
        return r;
    }

    /** All the terms of a claim, framing words included: "Vucevic said …" must be said in the passage too. */
    public QuestionTerms claim(String claim) {
        return weighted(weights.terms(claim));
    }

    private QuestionTerms weighted(List<String> terms) {
        Map<String, Double> w = new LinkedHashMap<>();
        terms.forEach(t -> w.put(t, weights.idf(t)));
        return new QuestionTerms(w, w.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    public Set<String> terms(String text) {
        return new HashSet<>(weights.terms(text));
    }

    /**
     * Terms of the passage, its source line and its context lines (a memo's header, a signature): the context of each
     * of its sentences.
     */
    public Set<String> contextTerms(Passage passage) {
        // Analysed once per passage: the evidence ranking and the focus each ask for every retrieved passage's terms.
        return new HashSet<>(contextTerms.get(passage, p -> {
            Set<String> context = terms(p.text());
            if (p.source() != null) {
                context.addAll(terms(p.source()));
            }
            if (p.context() != null && !p.context().isBlank()) {
                context.addAll(terms(p.context()));
            }
            return Set.copyOf(context);
        }));
    }

    /** 0..1: the weighted share of the question's terms that the sentence (fully) or its context (half) holds. */
    public double coverage(QuestionTerms question, Set<String> sentenceTerms, Set<String> contextTerms) {
        if (question.isEmpty() || question.total() <= 0) {
            return 0;
        }
        double covered = 0;
        for (Map.Entry<String, Double> term : question.weights().entrySet()) {
            if (question.heldBy(term.getKey(), sentenceTerms)) {
                covered += term.getValue();
            } else if (question.heldBy(term.getKey(), contextTerms)) {
                covered += term.getValue() / 2;
            }
        }
        return covered / question.total();
    }

    /** The analysed tokens of a text, repeats included, in order: what {@link #phraseMatch} compares. */
    public List<String> tokens(String text) {
        return weights.tokens(text);
    }

    /** Adjacent pairs of a text's analysed tokens ("minor protect"). */
    public Set<String> wordPairs(String text) {
        return pairs(weights.tokens(text));
    }

    /**
     * 0..1: the share of the question's adjacent term pairs ("minority protections") that occur
     * adjacently in the sentence too. Breaks ties between sentences that hold the same terms.
     *
     * @param questionPairs  {@link #wordPairs} of the question, computed once per question
     * @param sentenceTokens {@link #tokens} of the sentence
     */
    public double phraseMatch(Set<String> questionPairs, List<String> sentenceTokens) {
        if (questionPairs.isEmpty()) {
            return 0;
        }
        Set<String> sentencePairs = pairs(sentenceTokens);
        return (double) questionPairs.stream().filter(sentencePairs::contains).count() / questionPairs.size();
    }

    private static Set<String> pairs(List<String> tokens) {
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            pairs.add(tokens.get(i - 1) + ' ' + tokens.get(i));
        }
        return pairs;
    }

    /** Jaccard similarity of two term sets: how much two sentences say the same thing. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }
}
