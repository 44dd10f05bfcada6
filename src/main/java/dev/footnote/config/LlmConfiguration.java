package dev.footnote.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.ExtractiveAnswerer;
import dev.footnote.answer.llm.GroundedPrompt;
import dev.footnote.answer.llm.LlmAnswerer;
import dev.footnote.chat.LlmCondenser;
import dev.footnote.chat.QuestionCondenser;
import dev.footnote.chat.RuleBasedCondenser;
import dev.footnote.llm.CallLimits;
import dev.footnote.llm.ChatModels;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.Prompts;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;

/**
 * The language-model side: citation verification and the rule-based follow-up rewriting always;
 * with {@code footnote.llm.provider} set, the models, the prompts (read now, so a broken file stops
 * start-up), the {@link LlmClient} gateway as a bean, and the LLM answerer and condenser, which then take precedence
 * over the extractive ones; positions reach the model through the same client.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LlmProperties.class, VerificationProperties.class})
class LlmConfiguration {

    @Bean
    CitationVerifier citationVerifier(SentenceScorer scorer, SentenceEmbeddings embeddings, VerificationProperties verification) {
        return new CitationVerifier(scorer, embeddings,
                new CitationVerifier.Settings(verification.minSupport(), verification.lexicalWeight()));
    }

    @Bean
    RuleBasedCondenser ruleBasedCondenser() {
        return new RuleBasedCondenser();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${footnote.llm.provider:none}'.equalsIgnoreCase('none')")
    static class WithLanguageModel {

        @Bean
        Prompts prompts(LlmProperties llm) {
            return Prompts.load(llm.prompts().system(), llm.prompts().answer(), llm.prompts().condense());
        }

        @Bean
        LlmClient llmClient(LlmProperties llm) {
            if (llm.model() == null || llm.model().isBlank()) {
                throw new IllegalStateException("footnote.llm.model must be set when footnote.llm.provider is "
                        + llm.provider().name().toLowerCase() + " (e.g. --footnote.llm.model=gpt-4o-mini).");
            }
            boolean openAiItself = llm.provider() == LlmProperties.Provider.OPENAI && llm.effectiveBaseUrl().contains("api.openai.com");
            if (openAiItself && (llm.apiKey() == null || llm.apiKey().isBlank())) {
                throw new IllegalStateException("footnote.llm.api-key is not set: export FOOTNOTE_LLM_API_KEY=<your OpenAI key> "
                        + "(servers such as vLLM or llama.cpp need none: set footnote.llm.base-url to them).");
            }
            ChatModels.Provider provider = llm.provider() == LlmProperties.Provider.OLLAMA
                    ? ChatModels.Provider.OLLAMA : ChatModels.Provider.OPENAI;
            return ChatModels.client(new ChatModels.Connection(provider, llm.effectiveBaseUrl(), llm.apiKey(), llm.model(),
                    llm.temperature(), llm.connectTimeout(),
                    new CallLimits(llm.timeout(), llm.idleTimeout(), llm.maxTokens(), llm.maxAnswerChars())),
                    llm.maxRetries(), llm.retryBackoff());
        }

        @Bean
        @Primary
        LlmAnswerer llmAnswerer(LlmClient client, Prompts prompts, CitationVerifier verifier, ExtractiveAnswerer extractive) {
            return new LlmAnswerer(client, new GroundedPrompt(prompts), verifier, extractive);
        }

        @Bean
        @Primary
        QuestionCondenser llmCondenser(LlmClient client, Prompts prompts, RuleBasedCondenser rules) {
            return new LlmCondenser(client, prompts.condense(), rules);
        }
    }
}
