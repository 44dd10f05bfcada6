package dev.footnote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.FootnoteApplication;
import dev.footnote.index.CorpusIndexer;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.lucene.LucenePassageIndex;

/**
 * {@code check} over an index built from the seed corpus: the report on stdout, the exit status by the verdicts,
 * errors on stderr with status 2, and the index opened read-only: it works beside a running server that holds the
 * index's write lock, and changes nothing in it.
 */
class CheckCommandTest {

    static final String BRIEFING = """
            # Kosovo briefing

            The United States and the European Union issued a joint communique urging an immediate de-escalation in the Kosovo dispute.
            The Chinese navy delivered eleven submarines to Pristina in March.
            """;
    static final String SUPPORTED = "The United States and the European Union issued a joint communique urging an immediate"
            + " de-escalation in the Kosovo dispute.\n";

    @TempDir
    static Path tmp;

    static List<String> config;

    @BeforeAll
    static void indexTheSeedCorpus() {
        config = List.of("--footnote.corpus.dir=corpus", "--footnote.index.dir=" + tmp.resolve("index"),
                "--spring.datasource.url=jdbc:h2:mem:check-command-build;DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FootnoteApplication.class)
                .web(WebApplicationType.NONE).run(config.toArray(String[]::new))) {
            app.getBean(CorpusIndexer.class).sync(Path.of("corpus"));
            assertThat(app.getBean(PassageIndex.class).passageCount()).isPositive();
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run check(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(config);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CheckCommand.run(FootnoteApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void anUnbackedSentenceFailsWithStatusOneAndTheTextReportNamesIt() throws Exception {
        Run run = check("--file", write("briefing.md", BRIEFING).toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("supported ").contains("joint communique").contains("[1]");
        assertThat(lines).anyMatch(l -> l.startsWith("    [1] ") && l.contains("joint communique urging"));
        assertThat(lines).anyMatch(l -> l.startsWith("not_supported ") && l.contains("Chinese navy"));
        assertThat(lines).anyMatch(l -> l.startsWith("    unsupported: ") && l.contains("submarines"));
        assertThat(lines).noneMatch(l -> l.contains("Kosovo briefing") || l.startsWith("warning:"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2 sentences: 1 supported, 0 partially supported, 1 not supported.");
    }

    @Test
    void aSupportedTextExitsZeroAndJsonHasTheApiShape() throws Exception {
        Run run = check("--file", write("ok.md", SUPPORTED).toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode s = report.get("sentences").get(0);
        assertThat(s.get("verdict").asText()).isEqualTo("supported");
        assertThat(SUPPORTED.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        assertThat(s.get("citations").get(0).get("quote").asText()).contains("joint communique urging");
        assertThat(report.get("counts").get("supported").asInt()).isEqualTo(1);
    }

    @Test
    void documentsRestrictTheEvidenceAndAnUnknownOneIsAnError() throws Exception {
        Path file = write("ok2.md", SUPPORTED);
        Run unknown = check("--file", file.toString(), "--documents", "no-such-document");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("'no-such-document'").contains("unknown");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void badOptionsAndMissingFilesAreErrorsOnStderr() {
        Run format = check("--file", "x.md", "--format", "html");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be text or json").contains("usage:");
        Run missing = check("--file", tmp.resolve("missing.md").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the file").contains("missing.md");
        Run none = check();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("missing --file");
    }

    @Test
    void itChecksBesideARunningServerThatHoldsTheIndex() throws Exception {
        Path file = write("ok3.md", SUPPORTED);
        Path briefing = write("briefing3.md", BRIEFING);
        List<String> serverArgs = new ArrayList<>(config);
        serverArgs.add("--server.port=0");
        serverArgs.add("--footnote.corpus.watch=false");
        // A real server on a random port over the same index: it holds Lucene's write lock all along.
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(FootnoteApplication.class)
                .web(WebApplicationType.SERVLET).run(serverArgs.toArray(String[]::new))) {
            LucenePassageIndex index = server.getBean(LucenePassageIndex.class);
            assertThat(index.writable()).isTrue();
            String documentId = server.getBean(PassageIndex.class).files().values().stream()
                    .filter(f -> f.path().contains("kosovo")).findFirst().orElseThrow().documentId();

            Run supported = check("--file", file.toString(), "--documents", documentId, "--format", "json");
            assertThat(supported.exit()).as(supported.err()).isZero();
            JsonNode s = new ObjectMapper().readTree(supported.out()).get("sentences").get(0);
            assertThat(s.get("verdict").asText()).isEqualTo("supported");
            assertThat(s.get("citations").get(0).get("documentId").asText()).isEqualTo(documentId);

            Run unbacked = check("--file", briefing.toString());
            assertThat(unbacked.exit()).as(unbacked.err()).isEqualTo(1);
            assertThat(unbacked.out()).contains("not_supported ").contains("Chinese navy");
            assertThat(unbacked.err()).isEmpty();

            Run unknown = check("--file", file.toString(), "--documents", documentId + ",not-a-document");
            assertThat(unknown.exit()).isEqualTo(2);
            assertThat(unknown.err()).contains("'not-a-document'").contains("unknown");
            assertThat(check("--file", tmp.resolve("absent.md").toString()).exit()).isEqualTo(2);

            // The server still writes: its writer was never disturbed by the readers beside it.
            assertThat(index.writable()).isTrue();
            assertThat(index.unavailable()).isEmpty();
        }
        assertThat(check("--file", file.toString()).exit()).as("the index is intact afterwards").isZero();
    }

    @Test
    void theCommandNeverWritesTheIndex() throws Exception {
        Path file = write("ok5.md", SUPPORTED);
        Path index = tmp.resolve("index");
        Map<String, Long> before = files(index);
        assertThat(check("--file", file.toString()).exit()).isZero();
        assertThat(files(index)).as("no file added, removed or rewritten").isEqualTo(before);
    }

    static Map<String, Long> files(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.collect(java.util.stream.Collectors.toMap(p -> p.getFileName().toString(), p -> p.toFile().length() * 31 + p.toFile().lastModified()));
        }
    }

    @Test
    void anEmptyIndexIsAnErrorNotAReport() throws Exception {
        Path file = write("ok4.md", SUPPORTED);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CheckCommand.run(FootnoteApplication.class, new String[] {"--file", file.toString(),
                "--footnote.corpus.dir=corpus", "--footnote.index.dir=" + tmp.resolve("empty-index")},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no index").contains("footnote.index.dir");
        assertThat(tmp.resolve("empty-index")).as("read-only: nothing is created").doesNotExist();
    }
}
