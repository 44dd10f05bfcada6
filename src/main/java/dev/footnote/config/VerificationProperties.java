package dev.footnote.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the citations of a language model's answer are checked. Re-run
 * {@code CitationVerifierTest} after changing these: it holds supported and unsupported claims on
 * both sides of the threshold.
 *
 * @param minSupport    the least combined score (0..1) at which a passage sentence supports a cited sentence
 * @param lexicalWeight the weight (0..1) of word overlap in that score; the rest is the MiniLM cosine similarity
 * @param cachedSentences no longer used, still accepted so existing configurations start: the verifier now reads
 *                        passage-sentence vectors from the index (or the shared {@code SentenceEmbeddings} cache)
 */
@ConfigurationProperties(prefix = "footnote.verification", ignoreUnknownFields = false)
public record VerificationProperties(
        @DefaultValue("0.5") double minSupport,
        @DefaultValue("0.5") double lexicalWeight,
        @DefaultValue("5000") int cachedSentences) {
}
