package dev.footnote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.Passage;

class DatasetLoadersTest {

    private static final Path RESOURCES = Path.of("src/test/resources/eval");

    @Test
    void squadArticlesBecomeDocumentsAndParagraphsPassages() {
        EvalDataset squad = new SquadLoader().load(RESOURCES.resolve("squad-mini.json"));

        assertThat(squad.documents()).hasSize(2);
        assertThat(squad.passageCount()).isEqualTo(3);
        Passage first = squad.documents().get(0).passages().get(0);
        assertThat(first.source()).isEqualTo("Lighthouse Keeping");
        assertThat(first.text()).startsWith("The lighthouse at Cape Wrath");
        assertThat(squad.questions()).extracting(EvalQuestion::id).containsExactly("q1", "q2", "q3", "q4");

        EvalQuestion q1 = squad.questions().get(0);
        assertThat(q1.relevant()).containsOnlyKeys(first.id());
        assertThat(q1.answers()).containsExactly("Robert Stevenson", "Stevenson");
        EvalQuestion q3 = squad.questions().get(2);
        assertThat(q3.relevant()).containsOnlyKeys(squad.documents().get(0).passages().get(1).id());
    }

    @Test
    void squadIdsAreStableAcrossLoads() {
        EvalDataset once = new SquadLoader().load(RESOURCES.resolve("squad-mini.json"));
        EvalDataset again = new SquadLoader().load(RESOURCES.resolve("squad-mini.json"));
        assertThat(again.questions().get(3).relevant()).isEqualTo(once.questions().get(3).relevant());
    }

    @Test
    void beirKeepsJudgedQueriesWithGradedRelevanceAndCrlfQrels() {
        EvalDataset beir = new BeirLoader().load(RESOURCES.resolve("beir-mini"));

        // 103 has an empty text but a title: it becomes a passage of its title.
        assertThat(beir.documents()).extracting(d -> d.passages().get(0).id()).containsExactly("101", "102", "103");
        Passage vitaminD = beir.documents().get(0).passages().get(0);
        assertThat(vitaminD.source()).isEqualTo("Vitamin D and bone density");
        assertThat(vitaminD.text()).isEqualTo("Vitamin D supplements increased bone mineral density in older adults.");
        assertThat(beir.documents().get(2).passages().get(0).text()).isEqualTo("Coffee");

        assertThat(beir.questions()).extracting(EvalQuestion::id).containsExactly("1", "2");
        assertThat(beir.questions().get(1).relevant()).containsEntry("102", 1).containsEntry("103", 2).hasSize(2);
        assertThat(beir.questions().get(0).answers()).isEmpty();
    }

    @Test
    void sciFactLabelsComeFromTheRationalesInTheQueriesMetadata(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("queries.jsonl"), """
                {"_id": "1", "text": "A backed claim.", "metadata": {"11": [{"sentences": [2], "label": "SUPPORT"}]}}
                {"_id": "2", "text": "A refuted claim.", "metadata": {"22": [{"sentences": [6], "label": "CONTRADICT"}]}}
                {"_id": "3", "text": "A claim its abstract says nothing of.", "metadata": {}}
                """);
        assertThat(SciFactLabels.read(folder)).isEqualTo(Map.of("1", "SUPPORT", "2", "CONTRADICT",
                "3", SciFactLabels.NOT_ENOUGH_INFO));
    }

    @Test
    void aFolderWithoutBeirFilesIsRefusedWithTheMissingFile() {
        assertThatThrownBy(() -> new BeirLoader().load(RESOURCES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corpus.jsonl");
    }

    @Test
    void theRealSquadDevSetLoadsWhenPresent() {
        Path real = Path.of("../shared/data/squad-dev-v1.1.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(real.toFile().isFile(), "shared SQuAD dev set not present");
        EvalDataset squad = new SquadLoader().load(real);
        assertThat(squad.documents()).hasSize(48);
        assertThat(squad.passageCount()).isEqualTo(2067);
        assertThat(squad.questions()).hasSize(10570);
    }
}
