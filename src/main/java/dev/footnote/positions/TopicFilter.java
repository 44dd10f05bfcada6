package dev.footnote.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.footnote.evidence.SentenceScorer;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * Keeps an actor's statements that are about a topic: their passage must be retrieved for the topic, and
 * the sentence must cover enough of the topic's terms, itself at full weight or at half weight through its
 * context. The context is the same actor's other statements in that passage and the passage's source line,
 * not the whole passage: a narrator's sentence or another actor's words beside it do not put a statement
 * on a topic. A topic the corpus does not cover keeps nothing.
 */
final class TopicFilter {

    private final Retriever retriever;
    private final SentenceScorer scorer;
    private final PositionsSettings settings;

    TopicFilter(Retriever retriever, SentenceScorer scorer, PositionsSettings settings) {
        this.retriever = retriever;
        this.scorer = scorer;
        this.settings = settings;
    }

    /** One actor's statements on the topic, in corpus order; with no topic, every statement. */
    List<ScoredStatement> onTopic(String topic, List<Statement> statements) {
        List<ScoredStatement> kept = new ArrayList<>();
        if (topic == null) {
            statements.forEach(s -> kept.add(new ScoredStatement(s, 1.0, scorer.terms(s.text()))));
            return kept;
        }
        Set<String> retrieved = retriever.retrieve(topic, settings.passages()).stream()
                .map(RetrievedPassage::passage).map(p -> p.id()).collect(Collectors.toSet());
        SentenceScorer.QuestionTerms question = scorer.question(topic);
        for (Statement s : statements) {
            if (!retrieved.contains(s.passage().id())) {
                continue;
            }
            Set<String> terms = scorer.terms(s.text());
            Set<String> context = new java.util.HashSet<>();
            statements.stream().filter(o -> o.passage().id().equals(s.passage().id()))
                    .forEach(o -> context.addAll(scorer.terms(o.text())));
            if (s.passage().source() != null) {
                context.addAll(scorer.terms(s.passage().source()));
            }
            double coverage = scorer.coverage(question, terms, context);
            if (coverage >= settings.minCoverage()) {
                kept.add(new ScoredStatement(s, coverage, terms));
            }
        }
        return kept;
    }
}
