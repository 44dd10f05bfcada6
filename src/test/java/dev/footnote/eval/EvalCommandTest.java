package dev.footnote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.FootnoteApplication;

/** The harness end to end on a tiny SQuAD file: the report has the promised shape and sensible figures. */
class EvalCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheReportForEveryMode() throws Exception {
        Path out = tmp.resolve("report.json");
        int exit = EvalCommand.run(FootnoteApplication.class, new String[] {
                "--format", "squad", "--path", "src/test/resources/eval/squad-mini.json", "--out", out.toString()});

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertThat(report.path("dataset").asText()).isEqualTo("squad:squad-mini.json");
        assertThat(report.path("questions").asInt()).isEqualTo(4);
        for (String mode : new String[] {"bm25", "dense", "hybrid"}) {
            JsonNode m = report.path("modes").path(mode);
            for (String metric : new String[] {"recallAt1", "recallAt5", "recallAt10", "mrrAt10", "ndcgAt10", "answerContainment"}) {
                assertThat(m.path(metric).isNumber()).as(mode + "." + metric).isTrue();
                assertThat(m.path(metric).asDouble()).as(mode + "." + metric).isBetween(0.0, 1.0);
            }
            assertThat(m.path("latencyMs").path("p50").isNumber()).isTrue();
            assertThat(m.path("latencyMs").path("p95").isNumber()).isTrue();
            assertThat(m.path("latencyMs").path("p99").isNumber()).isTrue();
            // Three passages only: every gold passage is within the top 5.
            assertThat(m.path("recallAt5").asDouble()).as(mode).isEqualTo(1.0);
        }
        assertThat(report.path("modes").path("hybrid").path("mrrAt10").asDouble()).isGreaterThan(0.7);
    }

    @Test
    void claimsAreAskedThroughChatAndTheirEvidenceIsFoundFirst() throws Exception {
        Path claims = tmp.resolve("claims.jsonl");
        java.nio.file.Files.writeString(claims, String.join("\n",
                "{\"label\": \"supported\", \"supporting_sentences\": [[2]], \"meta\": {\"id\": \"c1\"},"
                        + " \"claim\": \"The Harbor Bridge was opened in 1932 by Governor Ellen Marsh.\","
                        + " \"evidence\": [\"(meta data) TITLE: Harbor Bridge\", \"The bridge spans the Tarn estuary.\","
                        + " \"Governor Ellen Marsh opened the Harbor Bridge in 1932.\", \"It carries four lanes of traffic.\"]}",
                "{\"label\": \"not_supported\", \"supporting_sentences\": [], \"meta\": {\"id\": \"c2\"},"
                        + " \"claim\": \"The Dunmere lighthouse was painted green by the navy in 1870.\","
                        + " \"evidence\": [\"(meta data) TITLE: Orchards\", \"The orchard grows forty kinds of apples.\","
                        + " \"Pears ripen in September.\"]}"));
        Path out = tmp.resolve("claims.json");
        int exit = EvalCommand.run(FootnoteApplication.class, new String[] {
                "--format", "claims", "--path", claims.toString(), "--out", out.toString(),
                "--spring.datasource.url=jdbc:h2:mem:claims-eval"});

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        JsonNode supported = null;
        JsonNode unsupported = null;
        for (var it = report.fieldNames(); it.hasNext(); ) {
            String group = it.next();
            supported = group.startsWith("supported ") ? report.get(group) : supported;
            unsupported = group.startsWith("not_supported ") ? report.get(group) : unsupported;
        }
        assertThat(supported).as(report.toString()).isNotNull();
        assertThat(supported.at("/isItTrue/answered").asDouble()).as(report.toString()).isEqualTo(1.0);
        assertThat(supported.at("/isItTrue/answeredWithEvidenceFirst").asDouble()).isEqualTo(1.0);
        assertThat(supported.at("/asWritten/answered").asDouble()).isEqualTo(1.0);
        assertThat(unsupported.at("/isItTrue/answered").asDouble()).as(report.toString()).isZero();
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertThat(EvalCommand.run(FootnoteApplication.class, new String[] {"--format", "squad"})).isEqualTo(2);
    }

    @Test
    void outOfCorpusArticlesMustNotBeIndexed() {
        assertThat(EvalCommand.run(FootnoteApplication.class, new String[] {"--format", "squad",
                "--path", "src/test/resources/eval/squad-mini.json", "--out", tmp.resolve("r.json").toString(),
                "--index-articles", "1-2", "--negatives-articles", "2-3"})).isEqualTo(2);
    }

    @Test
    void squadAnswerScoresFollowTheOfficialNormalisation() {
        assertThat(AnswerScores.exactMatch("the Denver Broncos", java.util.List.of("Denver Broncos"))).isEqualTo(1.0);
        assertThat(AnswerScores.f1("Denver Broncos defeated", java.util.List.of("Denver Broncos"))).isEqualTo(0.8);
        assertThat(AnswerScores.f1("Carolina", java.util.List.of("Denver Broncos"))).isZero();
    }
}
