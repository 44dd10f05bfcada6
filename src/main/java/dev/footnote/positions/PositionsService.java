package dev.footnote.positions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.evidence.TermWeights;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.LlmFailure;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.ActorCatalog;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.Folding;
import dev.footnote.positions.actors.Roles;
import dev.footnote.positions.actors.Statement;
import dev.footnote.retrieval.Retriever;
import dev.footnote.text.TextAnalyzer;

/** "What do the actors say on this topic?": find who speaks, keep what is on the topic, summarise, compare. */
public final class PositionsService {

    private static final Logger log = LoggerFactory.getLogger(PositionsService.class);

    private final ActorCatalogs catalogs;
    private final TopicMatcher topics;
    private final PositionComparer comparer;
    private final PointGrouper grouper;
    /** The judge of "does one statement back or contradict the other", given the words that decide nothing. */
    private final java.util.function.Function<Set<String>, StatementRelation> relation;
    private final TermWeights weights;
    private final LlmPositions llm;
    /** One verified sentence per point in LLM mode; {@code null} without a model. */
    private final PointSummaries summaries;
    private final String modelName;
    private final PositionsSettings settings;
    private final PositionsRequestLimits limits;
    private final NeutralTerms neutralTerms;

    /** @param model the LLM gateway, or {@code null} for extractive positions only */
    PositionsService(ActorCatalogs catalogs, TopicMatcher topics, PositionComparer comparer, TermWeights weights,
                     LlmClient model, PositionsPrompt prompt, CitationVerifier verifier, PositionsSettings settings) {
        this.catalogs = catalogs;
        this.topics = topics;
        this.comparer = comparer;
        this.weights = weights;
        StanceWords stance = StanceWords.builtIn();
        this.grouper = new PointGrouper(weights, stance, settings.points());
        // The support judge that checks answers decides agree and differ, with the stance words; names, roles, the
        // topic's and the stance words' own terms are no part of what a statement claims.
        SentenceScorer scorer = new SentenceScorer(weights);
        ClaimAnalysis claims = new ClaimAnalysis(TextAnalyzer.english(), scorer);
        SupportJudge judge = new SupportJudge(scorer, SupportWeights.builtIn());
        Set<String> stanceTerms = new HashSet<>();
        stance.words().forEach(w -> stanceTerms.addAll(weights.terms(w)));
        this.relation = neutral -> {
            Set<String> claimless = new HashSet<>(neutral);
            claimless.addAll(stanceTerms);
            return new JudgedRelation(claims, judge, new StanceRelation(weights, stance, neutral), claimless,
                    settings.points().minSupport());
        };
        this.llm = model == null ? null
                : new LlmPositions(model, prompt, new SentenceScorer(weights), settings.minSupport(), verifier);
        this.modelName = model == null ? null : model.model();
        this.summaries = model == null ? null : new PointSummaries(model, prompt.pointsTemplate(), new SentenceScorer(weights),
                settings.minSupport(), verifier);
        if (summaries != null) {
            summaries.validate();
        }
        this.settings = settings;
        this.limits = new PositionsRequestLimits(settings);
        this.neutralTerms = new NeutralTerms(weights);
    }

    /**
     * Wires the feature.
     *
     * @param catalogs   who speaks in the corpus, from the extracts stored at indexing
     * @param embeddings sentence embeddings for topic matching by meaning, or {@code null}: terms only
     * @param model      the LLM gateway, or {@code null}: extractive positions
     * @param promptFile the {@code prompts/positions} template, read on each LLM request
     * @param verifier   checks that cited statements support an LLM's claims; {@code null}: a word-overlap check
     */
    public static PositionsService create(ActorCatalogs catalogs, Retriever retriever, TermWeights weights,
                                          SentenceEmbeddings embeddings, LlmClient model, Path promptFile,
                                          CitationVerifier verifier, PositionsSettings settings) {
        PositionsPrompt prompt = new PositionsPrompt(promptFile);
        if (model != null) {
            prompt.validate();
        }
        return new PositionsService(catalogs,
                new TopicMatcher(retriever, weights, embeddings, settings),
                new PositionComparer(weights, settings), weights, model, prompt, verifier, settings);
    }

    /** The positions on a topic, of the requested actors or (none requested) of every actor that speaks on it. */
    public PositionsReport positions(String topic, List<String> actors) {
        limits.checkPositions(topic, actors);
        return report(topic.strip(), actors == null ? List.of() : actors.stream().map(String::strip).toList());
    }

    /** The actors of the corpus with their statement counts, most statements first; {@code query} filters by name. */
    public List<ActorSummary> actors(String query, int limit) {
        limits.checkListing(query, limit);
        ActorCatalog catalog = catalogs.current();
        String q = query == null ? "" : Folding.key(query);
        return catalog.actors().stream()
                .filter(a -> q.isEmpty() || a.names().stream().anyMatch(n -> Folding.key(n).contains(q)))
                .map(a -> new ActorSummary(a.name(), a.kind().name().toLowerCase(Locale.ROOT), a.aliases(),
                        catalog.statementCount(a.name())))
                .sorted(Comparator.comparingInt(ActorSummary::statements).reversed().thenComparing(ActorSummary::name))
                .limit(limit)
                .toList();
    }

    /** As {@link #positions}, but the topic may be {@code null} ("What does Vucic want?"): every statement counts. */
    PositionsReport report(String topic, List<String> requested) {
        // 1. Who speaks in the corpus (extracted when it was indexed); names nobody knows are reported, not invented.
        ActorCatalog catalog = catalogs.current();
        List<Actor> candidates = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> noStatement = new ArrayList<>();
        for (String name : requested) {
            catalog.actor(name).ifPresentOrElse(a -> {
                if (!candidates.contains(a)) {
                    candidates.add(a);
                }
            }, () -> (catalog.mentioned(name) ? noStatement : notFound).add(name));
        }

        // 2. What the topic means in this corpus: one retrieval, and the statements it finds on the topic.
        TopicMatcher.Topic about = topic == null ? null : topics.topic(topic);
        Set<String> retrieved = about == null ? Set.of() : topics.passagesAbout(about);
        TopicProfile profile = about == null ? TopicProfile.NONE : topics.profile(about, byRank(catalog, retrieved));

        // 3. The statements to consider: the requested actors' own (all of them), or those of the passages
        //    retrieval found and of the documents the topic runs through.
        //    Only those statements are fetched (over an index, the catalog holds none).
        Map<String, List<Statement>> byActor = new LinkedHashMap<>();
        if (!requested.isEmpty()) {
            candidates.forEach(a -> byActor.put(a.name(), catalog.statementsOf(a.name())));
        } else if (about == null) {
            // No topic and no actor: every actor's statements, of the first actors (by first statement) up to the
            // listing's limit, so that a large corpus is not read whole for one request.
            catalog.actors().stream().limit(settings.maxListedActors()).forEach(a -> {
                byActor.put(a.name(), catalog.statementsOf(a.name()));
                candidates.add(a);
            });
        } else {
            List<Statement> considered = catalog.statementsIn(retrieved, profile.documents());
            considered.forEach(s -> s.speakers().forEach(n -> byActor.computeIfAbsent(n, k -> new ArrayList<>()).add(s)));
            catalog.actors().stream().filter(a -> byActor.containsKey(a.name())).forEach(candidates::add);
        }

        // 4. What each says on the topic; actors silent on it are left out.
        Map<String, List<ScoredStatement>> onTopic = new LinkedHashMap<>();
        List<Actor> speaking = new ArrayList<>();
        for (Actor actor : candidates) {
            List<ScoredStatement> statements = topics.onTopic(about, profile, byActor.getOrDefault(actor.name(), List.of()));
            if (statements.isEmpty()) {
                if (!requested.isEmpty()) {
                    noStatement.add(actor.name());
                }
                continue;
            }
            onTopic.put(actor.name(), statements);
            speaking.add(actor);
        }
        if (speaking.isEmpty()) {
            return new PositionsReport(topic, mode(), false, List.of(), List.of(), List.of(), notFound, noStatement,
                    List.of(), PositionsReport.METHOD);
        }

        // 5. Summaries: the LLM's, verified, where it can; otherwise the most central statements verbatim.
        List<String> warnings = new ArrayList<>();
        Map<String, Position> written = new LinkedHashMap<>();
        String mode = CitedAnswer.EXTRACTIVE;
        if (llm != null) {
            try {
                Map<String, List<ScoredStatement>> forModel = new LinkedHashMap<>();
                onTopic.forEach((a, s) -> forModel.put(a, StatementSelector.select(s, settings.llmStatements(), 1.0)));
                LlmPositions.Result result = llm.write(topic, speaking, forModel, neutralTerms.of(topic, catalog));
                written.putAll(result.positions());
                warnings.addAll(result.warnings());
                mode = LLM;
            } catch (LlmFailure failure) {
                log.warn("LLM positions failed ({}); answering extractively", failure.reason());
                warnings.add("The language model (" + modelName + ") " + failure.reason()
                        + "; the statements are quoted instead.");
            } catch (RuntimeException e) {
                log.warn("LLM positions failed; answering extractively", e);
                warnings.add("The language model could not be used (" + e.getClass().getSimpleName()
                        + "); the statements are quoted instead.");
            }
        }
        List<Position> positions = new ArrayList<>();
        for (Actor actor : speaking) {
            Position p = written.get(actor.name());
            p = p != null ? p : ExtractivePositions.of(actor,
                    StatementSelector.select(onTopic.get(actor.name()), settings.maxStatements(), settings.maxOverlap()), List.of());
            positions.add(p.withRole(Roles.of(actor, onTopic.get(actor.name()).stream().map(ScoredStatement::statement).toList())));
        }

        // 6. The points they address, and per point who agrees and who differs; joint statements are agreements too.
        List<String> names = speaking.stream().map(Actor::name).toList();
        Set<String> neutral = neutralTerms.of(topic, catalog);
        // Roles ("Councillor") and reporting words ("said") say who speaks and how, not about what.
        Set<String> framing = new HashSet<>(neutral);
        framing.addAll(weights.terms(PositionComparer.FRAMING));
        positions.stream().filter(p -> p.role() != null).forEach(p -> framing.addAll(weights.terms(p.role())));
        Map<String, String> roles = new HashMap<>();
        positions.stream().filter(p -> p.role() != null).forEach(p -> roles.put(p.actor(), p.role()));
        List<Point> points = grouper.points(names, onTopic, framing, relation.apply(framing)).stream()
                .map(p -> p.withRoles(roles)).toList();
        List<Comparison> agreements = new ArrayList<>(comparer.joint(names, onTopic));
        List<Comparison> differences = new ArrayList<>();
        for (Point point : points) {
            for (Point.Pair pair : point.pairs()) {
                (Point.Pair.DIFFER.equals(pair.relation()) ? differences : agreements).add(PointComparisons.of(point, pair));
            }
        }
        // 7. In LLM mode, one verified sentence per point.
        if (summaries != null && LLM.equals(mode)) {
            try {
                points = summaries.summarise(topic, points, warnings);
            } catch (LlmFailure failure) {
                warnings.add("The language model (" + modelName + ") " + failure.reason() + "; the points have no summary.");
            } catch (RuntimeException e) {
                log.warn("LLM point summaries failed", e);
                warnings.add("The points could not be summarised (" + e.getClass().getSimpleName() + ").");
            }
        }
        return new PositionsReport(topic, mode, true, positions, agreements, differences,
                notFound, noStatement, warnings, PositionsReport.METHOD, points);
    }

    static final String LLM = "llm";

    /** The statements of the retrieved passages, the best passage's first. */
    private static List<Statement> byRank(ActorCatalog catalog, Set<String> retrieved) {
        Map<String, Integer> rank = new HashMap<>();
        retrieved.forEach(id -> rank.putIfAbsent(id, rank.size()));
        List<Statement> statements = new ArrayList<>(catalog.statementsIn(retrieved));
        statements.sort(Comparator.comparingInt(s -> rank.get(s.passage().id())));
        return statements;
    }

    /** How many passages the one retrieval of a request reads. */
    public int passagesPerTopic() {
        return settings.passages();
    }

    private String mode() {
        return llm == null ? CitedAnswer.EXTRACTIVE : LLM;
    }

    /** The catalog's actors and statements: for the chat route, to recognise names in a message, and for the benchmark. */
    public ActorCatalog catalog() {
        return catalogs.current();
    }
}
