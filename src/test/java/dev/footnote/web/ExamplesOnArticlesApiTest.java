package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.footnote.index.AwaitFirstIndexing;

/**
 * Example questions over a folder of short articles written for the test, with the sentences that made
 * junk of the old name-count examples ("However, …", an acronym, a name in every passage): each example
 * is answered grounded through {@code /api/chat}, none is junk, and they come from more than one article.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AwaitFirstIndexing.class)
class ExamplesOnArticlesApiTest {

    private static final Path WORK = createWorkDir();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("footnote.corpus.dir", () -> WORK.resolve("corpus").toString());
        registry.add("footnote.index.dir", () -> WORK.resolve("index").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:examples-articles;DB_CLOSE_DELAY=-1");
    }

    private static Path createWorkDir() {
        try {
            Path dir = Files.createTempDirectory("footnote-examples-");
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(corpus.resolve("harbour.md"), """
                    # Tarnwick Harbour

                    The Tarnwick lighthouse was painted ochre in 1911 by the harbour board. However, the paint faded within a decade.

                    The harbour board warned fishermen about the winter storms of 1923. ABC reported the storms on the radio.
                    """);
            Files.writeString(corpus.resolve("orchard.md"), """
                    # Bellwether Orchard

                    The Bellwether orchard was planted in 1874 by Agnes Morrow on the south slope of the valley.

                    Bellwether is a variety of cider apple with a sharp taste and a russet skin. Meanwhile, the orchard sells pears.
                    """);
            Files.writeString(corpus.resolve("observatory.md"), """
                    # Kestrel Observatory

                    The Kestrel Observatory was founded in 1902 by the astronomer Hugo Lind on Brannock Hill.

                    Hugo Lind discovered the comet Lind-Harrow in 1911 with the observatory's refracting telescope.

                    Director Mara Voss announced a public viewing night for the autumn equinox.
                    """);
            Files.writeString(corpus.resolve("ferry.txt"), """
                    The Dunmere Ferry Company carries forty cars across the sound every hour.

                    Mayor Ellen Rask praised the ferry crews for their work during the floods of 1998.
                    """);
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyExampleIsAnsweredGroundedNoneIsJunkAndTheyComeFromSeveralArticles() throws Exception {
        List<String> questions = ExamplesApiTest.examples(port);

        assertThat(questions).as(questions.toString()).hasSize(3);
        ExamplesApiTest.assertAnsweredGroundedAndNotJunk(port, questions);
        // One per article first: three examples, three different topics.
        assertThat(questions.stream().map(q -> q.replaceAll("[?]", "")).distinct()).hasSize(3);
        
    }
}
