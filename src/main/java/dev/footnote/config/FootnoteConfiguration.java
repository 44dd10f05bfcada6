package dev.footnote.config;

import java.time.Clock;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import dev.langchain4j.rag.content.retriever.ContentRetriever;

import dev.footnote.answer.AnswerService;
import dev.footnote.answer.Answerer;
import dev.footnote.answer.ExtractiveAnswerer;
import dev.footnote.answer.Grounding;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.chat.ChatRoute;
import dev.footnote.chat.ChatService;
import dev.footnote.chat.CitedSources;
import dev.footnote.chat.IndexingNotice;
import dev.footnote.chat.ConversationStore;
import dev.footnote.chat.ExampleQuestions;
import dev.footnote.chat.QuestionCondenser;
import dev.footnote.chat.store.InMemoryConversationStore;
import dev.footnote.chat.store.JdbcConversationStore;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.index.BatchSize;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.DocumentStatuses;
import dev.footnote.index.IndexProgress;
import dev.footnote.index.IndexWorker;
import dev.footnote.library.DocumentLibrary;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.lucene.LucenePassageIndex;
import dev.footnote.index.PassageVectors;
import dev.footnote.index.Exclusions;
import dev.footnote.index.PendingRemovals;
import dev.footnote.index.VisibleIndex;
import dev.footnote.index.solr.SolrPassageIndex;
import dev.footnote.index.TextEmbedder;
import dev.footnote.retrieval.Bm25Retriever;
import dev.footnote.retrieval.DenseRetriever;
import dev.footnote.retrieval.HybridRetriever;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.PassageContentRetriever;
import dev.footnote.retrieval.PassageSearch;
import dev.footnote.retrieval.ReciprocalRankFusion;
import dev.footnote.retrieval.RetrievalMode;
import dev.footnote.retrieval.Retriever;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.retrieval.SentenceMatcher;
import dev.footnote.evidence.TermWeights;

/** Builds the pipeline corpus → index → retrieval → answer → chat from the configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CorpusProperties.class, IndexProperties.class, AnswerProperties.class, ChatProperties.class,
        RetrievalProperties.class})
class FootnoteConfiguration {

    @Bean
    CorpusReader corpusReader(CorpusProperties corpus) {
        return new CorpusReader(new PassageSplitter(corpus.maxPassageWords()), corpus.maxFileSize().toBytes(),
                corpus.maxDocumentChars(), corpus.maxUnpackedSize().toBytes());
    }

    /** The on-disk Lucene index: the default backend ({@code footnote.index.backend=lucene}); SolrConfiguration has the other. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "footnote.index.backend", havingValue = "lucene", matchIfMissing = true)
    LucenePassageIndex passageIndex(IndexProperties index, RetrievalProperties retrieval, TextEmbedder embedder) {
        PassageVectors vectors = new PassageVectors(embedder, retrieval.embeddingBatchSize(), retrieval.sentenceVectors(),
                retrieval.sentenceVectorsInContext(), index.vectorEncoding());
        // Read-only (the check command): no writer, so a server beside it keeps its write lock.
        return index.readOnly()
                ? LucenePassageIndex.openReadOnly(index.dir(), new FootnoteAnalyzer(), retrieval.bm25K1(), retrieval.bm25B(), vectors)
                : LucenePassageIndex.open(index.dir(), new FootnoteAnalyzer(), retrieval.bm25K1(), retrieval.bm25B(), vectors);
    }

    @Bean
    PendingRemovals pendingRemovals() {
        return new PendingRemovals();
    }

    /**
     * Files of the user's folder left out of this index: exclusion records kept by the backend (Lucene or Solr).
     * A list kept beside the index by an older version ({@code <footnote.index.dir>.excluded}) is moved into them once.
     */
    @Bean
    Exclusions exclusions(ObjectProvider<LucenePassageIndex> lucene, ObjectProvider<SolrPassageIndex> solr, IndexProperties index) {
        Exclusions exclusions = Exclusions.keptBy(backend(lucene, solr));
        exclusions.migrateSideFile(index.dir());
        return exclusions;
    }

    private static PassageIndex backend(ObjectProvider<LucenePassageIndex> lucene, ObjectProvider<SolrPassageIndex> solr) {
        PassageIndex backend = lucene.getIfAvailable();
        return backend != null ? backend : solr.getObject();
    }

    /**
     * The index every reader and the indexer use: the backend (Lucene or Solr), with documents whose
     * deletion is pending, or which are excluded, already hidden.
     */
    @Bean
    @Primary
    VisibleIndex visibleIndex(ObjectProvider<LucenePassageIndex> lucene, ObjectProvider<SolrPassageIndex> solr, PendingRemovals removals,
                              Exclusions exclusions) {
        return new VisibleIndex(backend(lucene, solr), removals, exclusions);
    }

    @Bean
    CorpusIndexer corpusIndexer(CorpusReader reader, PassageIndex index, IndexProperties properties, PendingRemovals removals,
                                Exclusions exclusions) {
        return new CorpusIndexer(reader, index, new DocumentStatuses(), new IndexProgress(properties.progressLogInterval()),
                BatchSize.paced(properties.commitPassages(), properties.commitPassagesMax(), properties.commitInterval()),
                removals, exclusions);
    }

    /** Destroyed before the index and the embedding model: it stops between documents and waits for its batch. */
    @Bean(destroyMethod = "close")
    IndexWorker indexWorker(CorpusIndexer indexer, CorpusProperties corpus, IndexProperties index) {
        // A mistyped folder stops start-up here, naming footnote.corpus.dir, rather than serving an empty corpus.
        return new IndexWorker(indexer, CorpusFolders.corpus(corpus), index.shutdownWait(), index.retryBackoff(),
                index.retryBackoffMax());
    }

    @Bean
    DocumentLibrary documentLibrary(CorpusProperties corpus, PassageIndex index, IndexWorker worker) {
        return new DocumentLibrary(corpus.dir(), corpus.maxFileSize().toBytes(), corpus.maxFilesPerUpload(), index, worker);
    }

    @Bean
    TermWeights termWeights(PassageIndex index) {
        return new TermWeights(index);
    }

    @Bean
    Bm25Retriever bm25Retriever(PassageIndex index, TermWeights weights, RetrievalProperties retrieval) {
        return new Bm25Retriever(index, weights, retrieval.sourceBoost());
    }

    @Bean
    DenseRetriever denseRetriever(PassageIndex index, RetrievalProperties retrieval) {
        return new DenseRetriever(index, retrieval.denseSearchDepth());
    }

    /** The retriever of answers, chat and the LLM path: BM25 and vectors fused. */
    @Bean
    @Primary
    HybridRetriever hybridRetriever(Bm25Retriever bm25, DenseRetriever dense, PassageIndex index, RetrievalProperties retrieval) {
        SentenceMatcher sentences = retrieval.sentenceVectors() ? new SentenceMatcher(index) : null;
        return new HybridRetriever(bm25, HybridRetriever.vectorSide(dense, sentences), new ReciprocalRankFusion(retrieval.rrfK()),
                new HybridRetriever.Settings(retrieval.bm25Candidates(), retrieval.denseCandidates(), retrieval.bm25Weight(),
                        retrieval.denseWeight(), retrieval.sentenceWeight(), retrieval.sentenceCandidates()),
                VECTOR_SIDE);
    }

    /** The vector side of each search, beside its BM25 half: daemon threads, one per search under way, kept a minute. */
    private static final Executor VECTOR_SIDE = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "search-vectors");
        thread.setDaemon(true);
        return thread;
    });

    @Bean
    ContentRetriever contentRetriever(Retriever retriever, AnswerProperties answer) {
        return new PassageContentRetriever(retriever, answer.passages());
    }

    @Bean
    PassageSearch passageSearch(Bm25Retriever bm25, DenseRetriever dense, HybridRetriever hybrid, PassageIndex index) {
        return new PassageSearch(Map.of(RetrievalMode.BM25, bm25, RetrievalMode.DENSE, dense, RetrievalMode.HYBRID, hybrid),
                bm25, index);
    }

    @Bean
    PassageCatalog passageCatalog(PassageIndex index) {
        return new PassageCatalog(index);
    }

    /** Sentence vectors from the index (or embedded once and kept), for answers and citation checks alike. */
    @Bean
    SentenceEmbeddings sentenceEmbeddings(TextEmbedder embedder, PassageIndex index) {
        return new SentenceEmbeddings(embedder, index);
    }

    @Bean
    SentenceScorer sentenceScorer(TermWeights weights, SentenceEmbeddings embeddings, AnswerProperties answer) {
        return new SentenceScorer(weights, embeddings, answer.similarityWeight());
    }

    @Bean
    ExtractiveAnswerer extractiveAnswerer(SentenceScorer scorer, AnswerProperties answer) {
        return new ExtractiveAnswerer(scorer, new ExtractiveAnswerer.Settings(
                answer.maxSentences(), answer.minEvidence(), answer.relativeCutoff(), answer.maxOverlap(),
                answer.typeWeight(), answer.typeCandidates(), answer.minGain(),
                new Grounding(answer.groundingSimilarityWeight(), answer.groundingPassageWeight(), answer.missingNamePenalty(),
                        answer.missingVerbPenalty()), answer.focusPenalty(), answer.learnedRanking(),
                answer.focusRefusal(), answer.minFocusSupport(), answer.minShortAnswerConfidence(),
                answer.minClaimSupport(), answer.minAnswerConfidence()));
    }

    @Bean
    AnswerService answerService(Retriever retriever, Answerer answerer, AnswerProperties answer) {
        return new AnswerService(retriever, answerer, answer.passages());
    }

    /** Conversations in the database of spring.datasource.* (after Flyway's migrations), or in memory. */
    @Bean
    @DependsOnDatabaseInitialization
    ConversationStore conversationStore(ChatProperties chat, ObjectProvider<DataSource> dataSource, IndexProperties index,
                                        Environment environment) {
        return switch (chat.store()) {
            case "jdbc" -> new JdbcConversationStore(dataSource.getObject(), chat.maxTurns(), Clock.systemUTC(),
                    indexKey(index, environment));
            case "memory" -> new InMemoryConversationStore(chat.maxConversations(), chat.maxTurns(), chat.idleTimeout(),
                    Clock.systemUTC());
            default -> throw new IllegalArgumentException("footnote.chat.store must be jdbc or memory, was '" + chat.store() + "'");
        };
    }

    /**
     * Names the index conversations are asked over, so that servers over different indexes may share
     * one database and each shows only its own: the absolute, normalised {@code footnote.index.dir}
     * (kept when the index is rebuilt in place), or the Solr collection and where it lives.
     */
    static String indexKey(IndexProperties index, Environment environment) {
        if (index.backend() == IndexProperties.Backend.SOLR) {
            String where = environment.getProperty("footnote.solr.zk-host", environment.getProperty("footnote.solr.urls", ""));
            return "solr:" + environment.getProperty("footnote.solr.collection", "footnote") + "@" + where;
        }
        return index.dir().toAbsolutePath().normalize().toString();
    }

    /** The titles of cited documents and whether a stored citation's passage is still in the index. */
    @Bean
    CitedSources citedSources(PassageCatalog catalog) {
        return new CitedSources(catalog);
    }

    /** Example questions, each asked first of the extractive answerer over the same retrieval as chat (never of a paid model). */
    @Bean(destroyMethod = "close")
    ExampleQuestions exampleQuestions(PassageCatalog catalog, ChatProperties chat, Retriever retriever, ExtractiveAnswerer extractive,
                                      AnswerProperties answer) {
        AnswerService quoted = new AnswerService(retriever, extractive, answer.passages());
        return new ExampleQuestions(catalog, quoted::answer, ExampleQuestions.Settings.of(chat.exampleQuestions()));
    }

    @Bean
    ChatService chatService(AnswerService answers, ConversationStore conversations, QuestionCondenser condenser,
                            ChatProperties chat, ObjectProvider<ChatRoute> routes, CorpusIndexer indexer, CitedSources sources) {
        return new ChatService(answers, conversations, condenser, chat.maxMessageChars(), routes.orderedStream().toList(),
                new IndexingNotice(() -> indexer.progress().snapshot()), sources);
    }
}
