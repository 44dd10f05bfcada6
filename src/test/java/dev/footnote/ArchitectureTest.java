package dev.footnote;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;

/** Keeps the flow corpus → index → retrieval → answer → chat → web one-way. */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.footnote");

    @Test
    void theWebLayerNeverReachesIntoTheIndexOrLucene() {
        noClasses().that().resideInAPackage("dev.footnote.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.index..", "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void nothingImportsTheConfiguration() {
        noClasses().that().resideOutsideOfPackages("dev.footnote.config..", "dev.footnote")
                .should().dependOnClassesThat().resideInAPackage("dev.footnote.config..")
                .check(classes);
    }

    @Test
    void corpusDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("dev.footnote.corpus..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.index..", "dev.footnote.retrieval..",
                        "dev.footnote.answer..", "dev.footnote.chat..", "dev.footnote.web..")
                .check(classes);
    }

    @Test
    void answersDoNotDependOnChatOrWeb() {
        noClasses().that().resideInAPackage("dev.footnote.answer..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.chat..", "dev.footnote.web..")
                .check(classes);
    }

    @Test
    void positionsNeverReachIntoTheIndexOrTheWeb() {
        noClasses().that().resideInAPackage("dev.footnote.positions..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.index..", "dev.footnote.web..",
                        "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void textAnalysisDependsOnTheCorpusOnly() {
        noClasses().that().resideInAPackage("dev.footnote.text..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.index..", "dev.footnote.evidence..", "dev.footnote.retrieval..",
                        "dev.footnote.answer..", "dev.footnote.chat..", "dev.footnote.positions..", "dev.footnote.web..")
                .check(classes);
    }

    @Test
    void theIndexDoesNotReachUp() {
        noClasses().that().resideInAPackage("dev.footnote.index..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.evidence..", "dev.footnote.retrieval..",
                        "dev.footnote.answer..", "dev.footnote.chat..", "dev.footnote.positions..", "dev.footnote.web..")
                .check(classes);
    }

    @Test
    void evidenceSitsBelowRetrievalAndAnswers() {
        noClasses().that().resideInAPackage("dev.footnote.evidence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.retrieval..", "dev.footnote.answer..",
                        "dev.footnote.chat..", "dev.footnote.positions..", "dev.footnote.web..", "dev.footnote.llm..")
                .check(classes);
    }

    @Test
    void retrievalDoesNotReachAnswers() {
        noClasses().that().resideInAPackage("dev.footnote.retrieval..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.answer..", "dev.footnote.chat..",
                        "dev.footnote.positions..", "dev.footnote.web..", "dev.footnote.llm..")
                .check(classes);
    }

    @Test
    void onlyTheApplicationReachesTheEvaluation() {
        noClasses().that().resideOutsideOfPackages("dev.footnote.eval..", "dev.footnote.config..", "dev.footnote")
                .should().dependOnClassesThat().resideInAPackage("dev.footnote.eval..")
                .check(classes);
    }

    /** One door to the language model: the gateway builds the models and everything else calls its client. */
    @Test
    void onlyTheGatewayReachesChatModels() {
        noClasses().that().resideOutsideOfPackage("dev.footnote.llm..")
                .should().dependOnClassesThat(assignableTo(ChatModel.class).or(assignableTo(StreamingChatModel.class))
                        .or(resideInAnyPackage("dev.langchain4j.model.openai..", "dev.langchain4j.model.ollama..")))
                .check(classes);
    }

    @Test
    void theGatewayDependsOnNoFeature() {
        noClasses().that().resideInAPackage("dev.footnote.llm..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.footnote.answer..", "dev.footnote.chat..",
                        "dev.footnote.positions..", "dev.footnote.web..", "dev.footnote.retrieval..", "dev.footnote.eval..")
                .check(classes);
    }
}
