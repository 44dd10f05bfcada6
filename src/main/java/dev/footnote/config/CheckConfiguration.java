package dev.footnote.config;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.check.CheckDocuments;
import dev.footnote.check.CheckRules;
import dev.footnote.check.CheckService;
import dev.footnote.check.UnsupportedWords;
import dev.footnote.check.DraftFiles;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.IndexingProgress;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.library.DocumentLibrary;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.Retriever;
import dev.footnote.text.TextAnalyzer;

/** The text check: the support judge over retrieved passages, documents' states from the library. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
class CheckConfiguration {

    @Bean
    CheckService checkService(Retriever retriever, PassageCatalog catalog, SentenceScorer scorer, DocumentLibrary library,
                              CheckProperties check) {
        return new CheckService(retriever, catalog, new ClaimAnalysis(TextAnalyzer.english(), scorer),
                new SupportJudge(scorer, SupportWeights.builtIn()), CheckRules.builtIn(), documents(library), check.maxChars(),
                UnsupportedWords.builtIn(scorer::idf));
    }

    /** Drafts sent as files, read through the corpus's parsers and limits. */
    @Bean
    DraftFiles draftFiles(CorpusReader reader, CheckProperties check) {
        return new DraftFiles(reader, check.maxChars());
    }

    /** States from the library; a warning while the indexer is still reading the corpus. */
    static CheckDocuments documents(DocumentLibrary library) {
        return new CheckDocuments() {
            @Override
            public Optional<DocumentStatus> status(String documentId) {
                return library.status(documentId);
            }

            @Override
            public List<String> warnings() {
                IndexingProgress p = library.progress();
                return "ready".equals(p.state()) ? List.of() : List.of("Indexing is still running (" + p.documentsDone() + " of "
                        + p.documentsTotal() + " documents done): a sentence may be backed by a document not searchable yet.");
            }
        };
    }
}
