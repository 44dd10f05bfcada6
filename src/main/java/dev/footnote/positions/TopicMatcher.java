package dev.footnote.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.positions.actors.Statement;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * Decides which statements are about a topic, by meaning rather than by the topic's exact words: a
 * statement counts when it (fully) or the same speaker's other words in its passage (half) cover enough of
 * the topic's terms, a term matching its inflections ("economic" for "economy"), or when its sentence
 * embedding is close enough to the topic's. The topic is analysed and embedded once per request.
 */
final class TopicMatcher {

    /**
     * A topic analysed once: its weighted terms and, with embeddings, its vector, which the query carries
     * to the retriever so that the dense side does not embed the topic again.
     */
    record Topic(Query query, SentenceScorer.QuestionTerms terms, float[] vector, Memo memo) {

        String text() {
            return query.text();
        }
    }

    /** Statements analysed lately, by passage id and span: a passage's id changes whenever its text does. */
    private static final int CACHED_STATEMENTS = 50_000;
    private final Cache<String, Set<String>> analysed = Caffeine.newBuilder().maximumSize(CACHED_STATEMENTS).build();

    /** Each statement analysed and each passage split once per request, however many times it is considered. */
    static final class Memo {
        final Map<Statement, Set<String>> terms = new HashMap<>();
        final Map<Statement, float[]> vectors = new HashMap<>();
        final Map<String, Set<String>> sources = new HashMap<>();
    }

    /** The least shared prefix for two terms to be inflections of one word ("econom…"). */
    private static final int MIN_SHARED_PREFIX = 5;
    /** How many characters past the shared prefix the shorter term may still have. */
    private static final int MAX_UNSHARED_SUFFIX = 2;

    private final Retriever retriever;
    private final SentenceScorer scorer;
    private final dev.footnote.evidence.TermWeights weights;
    /** Null: terms only. */
    private final SentenceEmbeddings embeddings;
    private final PositionsSettings settings;
    /** Reporting and framing words: no topic's vocabulary. */
    private final Set<String> neutral;

    TopicMatcher(Retriever retriever, dev.footnote.evidence.TermWeights weights, SentenceEmbeddings embeddings,
                 PositionsSettings settings) {
        this.retriever = retriever;
        this.weights = weights;
        this.scorer = new SentenceScorer(weights);
        this.embeddings = embeddings;
        this.settings = settings;
        this.neutral = new HashSet<>(scorer.terms(PositionComparer.FRAMING));
    }

    Topic topic(String text) {
        Query query = new Query(text);
        return new Topic(query, scorer.question(text), embeddings == null ? null : query.vector(embeddings.embedder()),
                new Memo());
    }

    /** The one retrieval of a request: the ids of the passages most about the topic. */
    Set<String> passagesAbout(Topic topic) {
        Set<String> ids = new LinkedHashSet<>();
        for (RetrievedPassage r : retriever.retrieve(topic.query(), settings.passages())) {
            ids.add(r.passage().id());
        }
        return ids;
    }

    /**
     * What the corpus says the topic is about, learned from the statements that the one retrieval finds on it
     * by the strict test (the topic's terms, or closeness to the topic's own vector): the mean of their
     * sentence vectors, and the documents that hold at least {@code topic-document-statements} of them.
     * "Economy" as a word is far from "Obama is the first president not to have a year of 3 percent
     * growth"; the statements that do say "economy" are close to it.
     */
    TopicProfile profile(Topic topic, List<Statement> retrieved) {
        List<ScoredStatement> seeds = onTopic(topic, TopicProfile.NONE, retrieved);
        if (seeds.size() < settings.reach().minSeeds()) {
            // Too few statements say the topic's words: the best retrieved statements stand for it (retrieval order).
            // Only those near the topic at all: a topic the corpus does not speak of ("fisheries quotas") learns nothing.
            seeds = retrieved.stream()
                    .map(st -> new ScoredStatement(st, 0, Set.of(), vector(topic, st)))
                    .filter(st -> st.vector() != null && topic.vector() != null
                            && SentenceEmbeddings.cosine(topic.vector(), st.vector()) >= settings.reach().minFeedbackSimilarity())
                    .limit(settings.reach().feedbackStatements()).toList();
        }
        Map<String, Integer> byDocument = new HashMap<>();
        seeds.forEach(s -> byDocument.merge(s.statement().passage().documentId(), 1, Integer::sum));
        Set<String> documents = new HashSet<>();
        byDocument.forEach((d, n) -> {
            if (n >= settings.reach().topicDocumentStatements()) {
                documents.add(d);
            }
        });
        List<float[]> vectors = seeds.stream().map(ScoredStatement::vector).filter(v -> v != null).toList();
        return new TopicProfile(vectors.size() < settings.reach().minSeeds() ? null : TopicProfile.mean(vectors),
                documents, seeds.size(), vocabulary(topic, seeds));
    }

    /**
     * The words at least two of the seed statements hold, the topic's own aside, ranked by how many hold them
     * times their rarity in the corpus; the first {@code vocabulary-terms}.
     */
    private Set<String> vocabulary(Topic topic, List<ScoredStatement> seeds) {
        Map<String, Integer> held = new HashMap<>();
        for (ScoredStatement s : seeds) {
            Set<String> t = topic.memo().terms.computeIfAbsent(s.statement(), this::analysed);
            t.forEach(term -> held.merge(term, 1, Integer::sum));
        }
        held.keySet().removeIf(t -> held.get(t) < 2 || topic.terms().weights().containsKey(t) || t.length() < 3
                || neutral.contains(t) || t.chars().anyMatch(Character::isDigit));
        return held.keySet().stream()
                .sorted(java.util.Comparator.comparingDouble((String t) -> held.get(t) * weights.idf(t)).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .limit(settings.reach().vocabularyTerms())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** One actor's statements on the topic, in corpus order; with no topic, every statement. */
    List<ScoredStatement> onTopic(Topic topic, List<Statement> statements) {
        return onTopic(topic, TopicProfile.NONE, statements);
    }

    /**
     * The statements on the topic, in corpus order: those that cover its terms or are close to its vector, and
     * those close to what the corpus says on it ({@code profile}); with no topic, every statement.
     */
    List<ScoredStatement> onTopic(Topic topic, TopicProfile profile, List<Statement> statements) {
        List<ScoredStatement> kept = new ArrayList<>();
        // Each statement is analysed once; its passage's other statements by the same speaker are its context.
        Map<Statement, Set<String>> terms = new LinkedHashMap<>();
        Map<String, Set<String>> byPassage = new HashMap<>();
        for (Statement s : statements) {
            Set<String> t = topic == null ? scorer.terms(s.text()) : topic.memo().terms.computeIfAbsent(s, this::analysed);
            terms.put(s, t);
            byPassage.computeIfAbsent(s.passage().id(), k -> new HashSet<>()).addAll(t);
        }
        for (Statement s : statements) {
            if (topic == null) {
                kept.add(new ScoredStatement(s, 1.0, terms.get(s), vector(null, s)));
                continue;
            }
            Set<String> context = new HashSet<>(byPassage.get(s.passage().id()));
            if (s.passage().source() != null) {
                context.addAll(topic.memo().sources.computeIfAbsent(s.passage().source(), scorer::terms));
            }
            double coverage = coverage(topic.terms(), terms.get(s), context);
            float[] vector = topic.vector() == null ? null : vector(topic, s);
            double similarity = vector == null ? 0 : Math.max(0, SentenceEmbeddings.cosine(topic.vector(), vector));
            double profiled = vector == null || profile.centroid() == null ? 0
                    : Math.max(0, SentenceEmbeddings.cosine(profile.centroid(), vector));
            // A word of the topic (in the sentence or the speaker's passage) with a word of its vocabulary counts too.
            boolean vocabulary = coverage > 0 && terms.get(s).stream().anyMatch(profile.vocabulary()::contains);
            if (coverage >= settings.minCoverage() || similarity >= settings.minSimilarity()
                    || profiled >= settings.reach().minProfileSimilarity() || vocabulary) {
                kept.add(new ScoredStatement(s, Math.max(coverage, similarity), terms.get(s), vector));
            }
        }
        return kept;
    }

    /** The weighted share of the topic's terms the sentence (fully) or its context (half) holds, inflections included. */
    static double coverage(SentenceScorer.QuestionTerms topic, Set<String> sentence, Set<String> context) {
        if (topic.isEmpty() || topic.total() <= 0) {
            return 0;
        }
        double covered = 0;
        for (Map.Entry<String, Double> term : topic.weights().entrySet()) {
            if (holds(sentence, term.getKey())) {
                covered += term.getValue();
            } else if (holds(context, term.getKey())) {
                covered += term.getValue() / 2;
            }
        }
        return covered / topic.total();
    }

    private static boolean holds(Set<String> terms, String term) {
        if (terms.contains(term)) {
            return true;
        }
        for (String t : terms) {
            if (inflections(t, term)) {
                return true;
            }
        }
        return false;
    }

    /** Two stems of one word: "econom" and "economi", "candid" and "candidaci" are not, "biographi" and "biograph" are. */
    static boolean inflections(String a, String b) {
        int shared = 0;
        int max = Math.min(a.length(), b.length());
        while (shared < max && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared >= MIN_SHARED_PREFIX && max - shared <= MAX_UNSHARED_SUFFIX
                && Math.max(a.length(), b.length()) - shared <= MAX_UNSHARED_SUFFIX + 1;
    }

    /** The statement's terms, analysed once while it stays in the cache. */
    private Set<String> analysed(Statement s) {
        return analysed.get(s.passage().id() + ":" + s.span().start(), key -> Set.copyOf(scorer.terms(s.text())));
    }

    /** The statement's sentence embedding (stored in the index when it keeps sentence vectors), or {@code null}. */
    float[] vector(Topic topic, Statement s) {
        if (embeddings == null) {
            return null;
        }
        if (topic != null) {
            return topic.memo().vectors.computeIfAbsent(s, x -> vector(null, x));
        }
        Passage passage = s.passage();
        List<Sentences.Span> spans = Sentences.split(passage.text());
        int at = spans.indexOf(s.span());
        return at < 0 ? null : embeddings.sentences(passage, spans)[at];
    }
}
