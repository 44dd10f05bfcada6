package dev.footnote.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.footnote.answer.CitationVerifier;
import dev.footnote.llm.LlmClient;
import dev.footnote.positions.PositionsRouter;
import dev.footnote.positions.PositionsService;
import dev.footnote.positions.PositionsSettings;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.Retriever;
import dev.footnote.evidence.TermWeights;

/** Wires the positions feature; the LLM is optional: without the {@code LlmClient} gateway bean (no {@code footnote.llm.provider}), positions are extractive. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PositionsProperties.class)
class PositionsConfiguration {

    @Bean
    PositionsService positionsService(PassageCatalog catalog, Retriever retriever, TermWeights weights,
                                      ObjectProvider<LlmClient> llm, ObjectProvider<CitationVerifier> verifier,
                                      PositionsProperties p) {
        LlmClient model = p.useLlm() ? llm.getIfAvailable() : null;
        return PositionsService.create(catalog::allPassages, catalog::version, p.actorsFile(), retriever, weights, model, p.prompt(),
                verifier.getIfAvailable(),
                new PositionsSettings(p.maxTopicChars(), p.maxActors(), p.maxActorNameChars(), p.passages(),
                        p.minCoverage(), p.maxStatements(), p.maxOverlap(), p.llmStatements(), p.maxComparisons(),
                        p.minSharedTerms(), p.minSupport()));
    }

    @Bean
    PositionsRouter positionsRouter(PositionsService positions) {
        return new PositionsRouter(positions);
    }
}
