package dev.footnote.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The positions feature ({@code POST /api/positions}, and position questions in chat).
 *
 * @param actorsFile        aliases and merges of actors, read when it changes
 * @param prompt            the LLM prompt template, read on each LLM request
 * @param useLlm            summarise with the LLM when one is configured ({@code footnote.llm.provider}); otherwise quote statements
 * @param maxTopicChars     a longer topic is refused with 400
 * @param maxActors         a request naming more actors is refused with 400
 * @param maxActorNameChars a longer actor name is refused with 400
 * @param passages          how many passages retrieval may return for a topic
 * @param minCoverage       the least topic coverage (0..1) a statement needs to count as on the topic
 * @param maxStatements     statements quoted per actor in extractive mode
 * @param maxOverlap        a further quoted statement may overlap a chosen one at most this much (Jaccard of terms)
 * @param llmStatements     statements per actor given to the LLM
 * @param maxComparisons    the most agreements, and the most differences, reported
 * @param minSharedTerms    the fewest shared content words that make a shared theme
 * @param minSupport        an LLM summary sentence is dropped when fewer of its content words (0..1) occur in the statements it cites
 * @param minSimilarity     the least embedding similarity (0..1) of a statement to the topic that puts it on the topic
 * @param maxListedActors   the largest {@code limit} of {@code GET /api/actors}
 * @param minPairSimilarity the least embedding similarity (0..1) of two actors' statements quoted as close points
 * @param reach             how far a topic reaches beyond its own words ({@code reach.min-profile-similarity},
 *                          {@code reach.min-seeds}, {@code reach.topic-document-statements})
 * @param points            how statements are grouped into points ({@code points.max-points},
 *                          {@code points.min-similarity}, {@code points.max-statements}, {@code points.min-support})
 */
@ConfigurationProperties(prefix = "footnote.positions", ignoreUnknownFields = false)
public record PositionsProperties(
        @DefaultValue("config/actors.yml") Path actorsFile,
        @DefaultValue("prompts/positions.txt") Path prompt,
        @DefaultValue("true") boolean useLlm,
        @DefaultValue("500") int maxTopicChars,
        @DefaultValue("10") int maxActors,
        @DefaultValue("200") int maxActorNameChars,
        @DefaultValue("50") int passages,
        @DefaultValue("0.5") double minCoverage,
        @DefaultValue("3") int maxStatements,
        @DefaultValue("0.5") double maxOverlap,
        @DefaultValue("8") int llmStatements,
        @DefaultValue("6") int maxComparisons,
        @DefaultValue("2") int minSharedTerms,
        @DefaultValue("0.2") double minSupport,
        @DefaultValue("0.5") double minSimilarity,
        @DefaultValue("200") int maxListedActors,
        @DefaultValue("0.65") double minPairSimilarity,
        @DefaultValue Reach reach,
        @DefaultValue Points points) {

    /**
     * @param maxPoints     the most points reported
     * @param minSimilarity the least average closeness (0..1) of two groups of statements that makes them one point
     * @param maxStatements the most statements grouped into points (the most on-topic first)
     * @param minSupport    the support judge's least score (0..1) for one statement to back another (their actors agree)
     */
    public record Points(@DefaultValue("5") int maxPoints, @DefaultValue("0.3") double minSimilarity,
                         @DefaultValue("60") int maxStatements, @DefaultValue("0.6") double minSupport) {
    }

    /**
     * @param minProfileSimilarity    the least similarity (0..1) to the mean of the statements found on the topic
     * @param minSeeds                the fewest such statements to learn that mean from
     * @param topicDocumentStatements statements on the topic that make a document one whose other statements count too
     * @param feedbackStatements      with fewer seeds, this many of the best retrieved statements stand for the topic
     * @param vocabularyTerms         the topic's vocabulary learned from them: a topic word plus one of these counts
     * @param minFeedbackSimilarity   the least similarity to the topic of a retrieved statement that stands for it
     */
    public record Reach(@DefaultValue("0.45") double minProfileSimilarity, @DefaultValue("3") int minSeeds,
                        @DefaultValue("3") int topicDocumentStatements, @DefaultValue("10") int feedbackStatements,
                        @DefaultValue("20") int vocabularyTerms, @DefaultValue("0.3") double minFeedbackSimilarity) {
    }
}
