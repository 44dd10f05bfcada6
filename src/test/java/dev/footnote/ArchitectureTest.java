package dev.footnote;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;

import dev.footnote.index.PassageIndex;

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

    /** No package cycles between Footnote's top-level packages (a subpackage such as index.lucene belongs to its parent). */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.footnote.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The index seam holds a third backend: what a backend implements ({@link PassageIndex}'s instance
     * methods) speaks Footnote's own types only, no Lucene or SolrJ type in a parameter or a result.
     * The static factories that open the default Lucene backend for tests and tools are no part of it.
     */
    @Test
    void theIndexSeamShowsNoLuceneOrSolrType() {
        methods().that().areDeclaredIn(PassageIndex.class).and().doNotHaveModifier(JavaModifier.STATIC)
                .should(new ArchCondition<JavaMethod>("use no Lucene or SolrJ type in their signature") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Stream.concat(method.getParameters().stream().flatMap(p -> p.getType().getAllInvolvedRawTypes().stream()),
                                        method.getReturnType().getAllInvolvedRawTypes().stream())
                                .filter(t -> isEngineType(t))
                                .forEach(t -> events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses " + t.getName())));
                    }
                })
                .check(classes);
    }

    private static boolean isEngineType(JavaClass type) {
        return type.getPackageName().startsWith("org.apache.lucene") || type.getPackageName().startsWith("org.apache.solr")
                || type.getAllRawSuperclasses().stream().anyMatch(c -> c.getPackageName().startsWith("org.apache.lucene"));
    }

    @Test
    void solrJOnlyInTheSolrBackend() {
        // config builds the cluster client and reads the cluster state for health: wiring, not index work.
        noClasses().that().resideOutsideOfPackages("dev.footnote.index.solr..", "dev.footnote.config..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.solr..")
                .check(classes);
    }

    /** Lucene is the index's business: every other package reaches text analysis and search through the seam. */
    @Test
    void luceneOnlyInTheIndex() {
        noClasses().that().resideOutsideOfPackages("dev.footnote.index..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    /** config wires the backends (opens them, builds the Solr client) but reaches none of their insides. */
    @Test
    void configReachesNoIndexInternals() {
        noClasses().that().resideInAPackage("dev.footnote.config..")
                .should().dependOnClassesThat(DescribedPredicate.describe("index internals", (JavaClass c) ->
                        Stream.of("IndexFields", "PassageDocuments", "Bm25Queries", "StoredVectors", "SolrDocuments", "SolrQueries",
                                "SolrIndexWriter", "SolrFields").anyMatch(n -> c.getSimpleName().equals(n))
                                && c.getPackageName().startsWith("dev.footnote.index")))
                .check(classes);
    }
}
