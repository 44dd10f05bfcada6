package dev.footnote.positions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.answer.CitedAnswer;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.LlmFailure;
import dev.footnote.evidence.TermWeights;
import dev.footnote.retrieval.QueryText;

/** "What do the actors say on this topic?": find who speaks, keep what is on the topic, summarise, compare. */
public final class PositionsService {

    private static final Logger log = LoggerFactory.getLogger(PositionsService.class);

    private final ActorCatalogs catalogs;
    private final TopicFilter topics;
    private final PositionComparer comparer;
    private final TermWeights weights;
    private final LlmPositions llm;
    private final String modelName;
    private final PositionsSettings settings;

    /** @param model the LLM gateway, or {@code null} for extractive positions only */
    PositionsService(ActorCatalogs catalogs, TopicFilter topics, PositionComparer comparer, TermWeights weights,
                     LlmClient model, PositionsPrompt prompt, dev.footnote.answer.CitationVerifier verifier,
                     PositionsSettings settings) {
        this.catalogs = catalogs;
        this.topics = topics;
        this.comparer = comparer;
        this.weights = weights;
        this.llm = model == null ? null
                : new LlmPositions(model, prompt, new dev.footnote.evidence.SentenceScorer(weights), settings.minSupport(), verifier);
        this.modelName = model == null ? null : model.model();
        this.settings = settings;
    }

    /**
     * Wires the feature.
     *
     * @param passages      every passage of the corpus, read when {@code corpusVersion} changes
     * @param corpusVersion changes whenever the passages do: detection is cached until then
     * @param actorsFile {@code config/actors.yml}, read when it changes
     * @param model      the LLM gateway, or {@code null}: extractive positions
     * @param promptFile the {@code prompts/positions} template, read on each LLM request
     * @param verifier   checks that cited statements support an LLM's claims; {@code null}: a word-overlap check
     */
    public static PositionsService create(java.util.function.Supplier<List<dev.footnote.corpus.Passage>> passages,
                                          java.util.function.LongSupplier corpusVersion,
                                          java.nio.file.Path actorsFile, dev.footnote.retrieval.Retriever retriever,
                                          TermWeights weights, LlmClient model, java.nio.file.Path promptFile,
                                          dev.footnote.answer.CitationVerifier verifier, PositionsSettings settings) {
        PositionsPrompt prompt = new PositionsPrompt(promptFile);
        if (model != null) {
            prompt.validate();
        }
        return new PositionsService(new ActorCatalogs(passages, corpusVersion, new ActorsFile(actorsFile)),
                new TopicFilter(retriever, new dev.footnote.evidence.SentenceScorer(weights), settings),
                new PositionComparer(weights, settings), weights, model, prompt, verifier, settings);
    }

    /** The positions on a topic, of the requested actors or (none requested) of every actor that speaks on it. */
    public PositionsReport positions(String topic, List<String> actors) {
        validate(topic, actors);
        return report(topic.strip(), actors == null ? List.of() : actors.stream().map(String::strip).toList());
    }

    /** As {@link #positions}, but the topic may be {@code null} ("What does Vucic want?"): every statement counts. */
    PositionsReport report(String topic, List<String> requested) {
        // 1. Who speaks in the corpus; names nobody knows are looked for as speakers too.
        ActorCatalog catalog = catalogs.current();
        List<String> unknown = requested.stream().filter(n -> catalog.actor(n).isEmpty()
                && catalog.known().stream().noneMatch(a -> a.names().stream().anyMatch(x -> Folding.key(x).equals(Folding.key(n)))))
                .toList();
        ActorCatalog used = unknown.isEmpty() ? catalog : catalogs.withExtraActors(unknown);

        // 2. Which actors: the requested ones that speak, or all; the rest are reported, not invented.
        List<Actor> candidates = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> noStatement = new ArrayList<>();
        if (requested.isEmpty()) {
            candidates.addAll(used.actors());
        }
        for (String name : requested) {
            used.actor(name).ifPresentOrElse(a -> {
                if (!candidates.contains(a)) {
                    candidates.add(a);
                }
            }, () -> (used.mentioned(name) ? noStatement : notFound).add(name));
        }

        // 3. What each says on the topic; actors silent on it are left out.
        Map<String, List<ScoredStatement>> onTopic = new LinkedHashMap<>();
        List<Actor> speaking = new ArrayList<>();
        for (Actor actor : candidates) {
            List<ScoredStatement> statements = topics.onTopic(topic, used.statementsOf(actor.name()));
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

        // 4. Summaries: the LLM's, verified, where it can; otherwise the most central statements verbatim.
        List<String> warnings = new ArrayList<>();
        Map<String, Position> written = new LinkedHashMap<>();
        String mode = CitedAnswer.EXTRACTIVE;
        if (llm != null) {
            try {
                Map<String, List<ScoredStatement>> forModel = new LinkedHashMap<>();
                onTopic.forEach((a, s) -> forModel.put(a, StatementSelector.select(s, settings.llmStatements(), 1.0)));
                LlmPositions.Result result = llm.write(topic, speaking, forModel, excludedTerms(topic, used));
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
            positions.add(p != null ? p : ExtractivePositions.of(actor,
                    StatementSelector.select(onTopic.get(actor.name()), settings.maxStatements(), settings.maxOverlap()), List.of()));
        }

        // 5. Agreements and differences, from the statements on the topic.
        PositionComparer.Result compared = comparer.compare(speaking.stream().map(Actor::name).toList(), onTopic,
                excludedTerms(topic, used));
        return new PositionsReport(topic, mode, true, positions, compared.agreements(), compared.differences(),
                notFound, noStatement, warnings, PositionsReport.METHOD);
    }

    static final String LLM = "llm";

    private String mode() {
        return llm == null ? CitedAnswer.EXTRACTIVE : LLM;
    }

    /** The topic's words and every actor's names say nothing about where the actors stand. */
    private Set<String> excludedTerms(String topic, ActorCatalog catalog) {
        Set<String> excluded = new HashSet<>();
        if (topic != null) {
            excluded.addAll(weights.terms(topic));
        }
        catalog.known().forEach(a -> a.names().forEach(n -> excluded.addAll(weights.terms(n))));
        return excluded;
    }

    private void validate(String topic, List<String> actors) {
        if (topic == null || topic.isBlank()) {
            throw new InvalidPositionsRequestException("The topic must not be empty or blank.");
        }
        if (!QueryText.isSearchable(topic)) {
            throw new InvalidPositionsRequestException("The topic has no letters, digits or symbols to search for.");
        }
        if (topic.length() > settings.maxTopicChars()) {
            throw new InvalidPositionsRequestException("The topic has " + topic.length() + " characters; the limit is "
                    + settings.maxTopicChars() + ".");
        }
        if (actors == null) {
            return;
        }
        if (actors.size() > settings.maxActors()) {
            throw new InvalidPositionsRequestException("The request names " + actors.size() + " actors; the limit is "
                    + settings.maxActors() + ".");
        }
        for (String actor : actors) {
            if (actor == null || actor.isBlank()) {
                throw new InvalidPositionsRequestException("An actor name must not be empty or blank.");
            }
            if (!QueryText.isSearchable(actor)) {
                throw new InvalidPositionsRequestException("An actor name has no letters, digits or symbols to search for.");
            }
            if (actor.length() > settings.maxActorNameChars()) {
                throw new InvalidPositionsRequestException("An actor name has " + actor.length()
                        + " characters; the limit is " + settings.maxActorNameChars() + ".");
            }
        }
    }

    /** For the chat route: the catalog's actors, to recognise names in a message. */
    ActorCatalog catalog() {
        return catalogs.current();
    }
}
