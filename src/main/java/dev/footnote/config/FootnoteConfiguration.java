package dev.footnote.config;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.Answerer;
import dev.footnote.answer.ExtractiveAnswerer;
import dev.footnote.answer.SentenceScorer;
import dev.footnote.chat.ChatRoute;
import dev.footnote.chat.ChatService;
import dev.footnote.chat.ConversationStore;
import dev.footnote.chat.QuestionCondenser;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.PassageSearch;
import dev.footnote.retrieval.Retriever;
import dev.footnote.retrieval.TermWeights;

/** Builds the pipeline corpus → index → retrieval → answer → chat from the configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CorpusProperties.class, IndexProperties.class, AnswerProperties.class, ChatProperties.class})
class FootnoteConfiguration {

    /** In-process MiniLM (quantized): embeddings with no network and no server. */
    @Bean
    EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Bean
    CorpusReader corpusReader(CorpusProperties corpus) {
        return new CorpusReader(new PassageSplitter(corpus.maxPassageWords()));
    }

    @Bean(destroyMethod = "close")
    PassageIndex passageIndex(IndexProperties index) {
        return PassageIndex.open(index.dir(), new FootnoteAnalyzer());
    }

    @Bean
    CorpusIndexer corpusIndexer(CorpusReader reader, PassageIndex index) {
        return new CorpusIndexer(reader, index);
    }

    @Bean
    TermWeights termWeights(PassageIndex index) {
        return new TermWeights(index);
    }

    @Bean
    Bm25Retriever bm25Retriever(PassageIndex index, TermWeights weights) {
        return new Bm25Retriever(index, weights);
    }

    @Bean
    PassageSearch passageSearch(Retriever retriever, Bm25Retriever bm25, PassageIndex index) {
        return new PassageSearch(retriever, bm25, index);
    }

    @Bean
    PassageCatalog passageCatalog(PassageIndex index) {
        return new PassageCatalog(index);
    }

    @Bean
    ExtractiveAnswerer extractiveAnswerer(TermWeights weights, AnswerProperties answer) {
        return new ExtractiveAnswerer(new SentenceScorer(weights), new ExtractiveAnswerer.Settings(
                answer.maxSentences(), answer.minEvidence(), answer.relativeCutoff(), answer.maxOverlap()));
    }

    @Bean
    AnswerService answerService(Retriever retriever, Answerer answerer, AnswerProperties answer) {
        return new AnswerService(retriever, answerer, answer.passages());
    }

    @Bean
    ConversationStore conversationStore(ChatProperties chat) {
        return new ConversationStore(chat.maxConversations(), chat.maxTurns(), chat.idleTimeout(), Clock.systemUTC());
    }

    @Bean
    ChatService chatService(AnswerService answers, ConversationStore conversations, QuestionCondenser condenser,
                            ChatProperties chat, ObjectProvider<ChatRoute> routes) {
        return new ChatService(answers, conversations, condenser, chat.maxMessageChars(), routes.orderedStream().toList());
    }
}
