package dev.footnote.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.footnote.answer.CitationVerifier;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.TermWeights;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.TextEmbedder;
import dev.footnote.llm.LlmClient;
import dev.footnote.positions.PositionsRouter;
import dev.footnote.positions.PositionsService;
import dev.footnote.positions.PositionsSettings;
import dev.footnote.positions.PointSettings;
import dev.footnote.positions.TopicReach;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.ActorExtractor;
import dev.footnote.positions.actors.ActorsFile;
import dev.footnote.positions.actors.AnnotatedPassage;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.Retriever;

/** Wires the positions feature; the LLM is optional: without the {@code LlmClient} gateway bean (no {@code footnote.llm.provider}), positions are extractive. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PositionsProperties.class)
class PositionsConfiguration {

    @Bean
    ActorExtractor actorExtractor(PositionsProperties p, ObjectProvider<PassageIndex> index) {
        ActorExtractor extractor = new ActorExtractor(new ActorsFile(p.actorsFile()));
        // Before the start-up sync (which runs once every bean exists): documents are extracted as they are indexed.
        index.ifAvailable(i -> i.annotateWith(StoredActorExtracts.annotator(extractor)));
        return extractor;
    }

    @Bean
    PositionsService positionsService(ObjectProvider<PassageIndex> lucene, PassageCatalog passages, ActorExtractor extractor, Retriever retriever, TermWeights weights,
                                      TextEmbedder embedder, ObjectProvider<LlmClient> llm,
                                      ObjectProvider<CitationVerifier> verifier, PositionsProperties p) {
        LlmClient model = p.useLlm() ? llm.getIfAvailable() : null;
        if (model != null) {
            requirePrompt(p.prompt());
        }
        PassageIndex index = lucene.getIfAvailable();
        // Both backends keep the extracts and a summary per document: the catalog reads those, never every passage.
        ActorCatalogs catalogs = index != null
                ? ActorCatalogs.stored(StoredActorExtracts.store(index), extractor)
                : ActorCatalogs.of(() -> passages.allPassages().stream().map(x -> new AnnotatedPassage(x, null)).toList(),
                        passages::version, extractor);
        SentenceEmbeddings embeddings = index == null ? new SentenceEmbeddings(embedder)
                : index.hasVectors() ? new SentenceEmbeddings(embedder, index) : null;
        return PositionsService.create(catalogs, retriever, weights, embeddings, model, p.prompt(), verifier.getIfAvailable(),
                new PositionsSettings(p.maxTopicChars(), p.maxActors(), p.maxActorNameChars(), p.passages(),
                        p.minCoverage(), p.maxStatements(), p.maxOverlap(), p.llmStatements(), p.maxComparisons(),
                        p.minSharedTerms(), p.minSupport(), p.minSimilarity(), p.maxListedActors(), p.minPairSimilarity(),
                        new TopicReach(p.reach().minProfileSimilarity(), p.reach().minSeeds(),
                                p.reach().topicDocumentStatements(), p.reach().feedbackStatements(),
                                p.reach().vocabularyTerms(), p.reach().minFeedbackSimilarity()),
                        new PointSettings(p.points().maxPoints(), p.points().minSimilarity(), p.points().maxStatements(),
                                p.points().minSupport())));
    }

    /** The positions prompt is read on every use; a missing one stops start-up with the friendly message, not at the first question. */
    static void requirePrompt(java.nio.file.Path prompt) {
        if (!java.nio.file.Files.isRegularFile(prompt) || !java.nio.file.Files.isReadable(prompt)) {
            throw new dev.footnote.llm.PromptFileException(prompt, "Prompt file " + prompt.toAbsolutePath()
                    + " (footnote.positions.prompt) does not exist or cannot be read.", null);
        }
    }

    @Bean
    PositionsRouter positionsRouter(PositionsService positions) {
        return new PositionsRouter(positions);
    }
}
