package dev.footnote.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.Sentences;
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
    record Topic(Query query, SentenceScorer.QuestionTerms terms, float[] vector) {

        String text() {
            return query.text();
        }
    }

    /** The least shared prefix for two terms to be inflections of one word ("econom…"). */
    private static final int MIN_SHARED_PREFIX = 5;
    /** How many characters past the shared prefix the shorter term may still have. */
    private static final int MAX_UNSHARED_SUFFIX = 2;

    private final Retriever retriever;
    private final SentenceScorer scorer;
    /** Null: terms only. */
    private final SentenceEmbeddings embeddings;
    private final PositionsSettings settings;

    TopicMatcher(Retriever retriever, SentenceScorer scorer, SentenceEmbeddings embeddings, PositionsSettings settings) {
        this.retriever = retriever;
        this.scorer = scorer;
        this.embeddings = embeddings;
        this.settings = settings;
    }

    Topic topic(String text) {
        Query query = new Query(text);
        return new Topic(query, scorer.question(text), embeddings == null ? null : query.vector(embeddings.embedder()));
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
                documents, seeds.size());
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
            Set<String> t = scorer.terms(s.text());
            terms.put(s, t);
            byPassage.computeIfAbsent(s.passage().id(), k -> new HashSet<>()).addAll(t);
        }
        for (Statement s : statements) {
            if (topic == null) {
                kept.add(new ScoredStatement(s, 1.0, terms.get(s), vector(s)));
                continue;
            }
            Set<String> context = new HashSet<>(byPassage.get(s.passage().id()));
            if (s.passage().source() != null) {
                context.addAll(scorer.terms(s.passage().source()));
            }
            double coverage = coverage(topic.terms(), terms.get(s), context);
            float[] vector = topic.vector() == null ? null : vector(s);
            double similarity = vector == null ? 0 : Math.max(0, SentenceEmbeddings.cosine(topic.vector(), vector));
            double profiled = vector == null || profile.centroid() == null ? 0
                    : Math.max(0, SentenceEmbeddings.cosine(profile.centroid(), vector));
            if (coverage >= settings.minCoverage() || similarity >= settings.minSimilarity()
                    || profiled >= settings.reach().minProfileSimilarity()) {
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

    /** The statement's sentence embedding (stored in the index when it keeps sentence vectors), or {@code null}. */
    float[] vector(Statement s) {
        if (embeddings == null) {
            return null;
        }
        Passage passage = s.passage();
        List<Sentences.Span> spans = Sentences.split(passage.text());
        int at = spans.indexOf(s.span());
        return at < 0 ? null : embeddings.sentences(passage, spans)[at];
    }
}
