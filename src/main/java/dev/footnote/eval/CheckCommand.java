package dev.footnote.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.check.CheckReport;
import dev.footnote.check.CheckRules;
import dev.footnote.check.CheckReportText;
import dev.footnote.check.CheckService;
import dev.footnote.check.UnsupportedWords;
import dev.footnote.check.CheckTooLongException;
import dev.footnote.check.InvalidCheckException;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.index.PassageIndex;
import dev.footnote.library.DocumentLibrary;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.Retriever;
import dev.footnote.text.TextAnalyzer;

/**
 * {@code check --file <draft.md> [--documents ID,…] [--format text|json] [--footnote.x=y …]}: checks a text against
 * the configured index without a web server, so a documentation pipeline can fail on an unbacked claim. Exit status
 * 0 when every sentence is supported, 1 when one is not, 2 on an error (the message on stderr). The index is opened
 * read-only ({@code footnote.index.read-only}: a reader on its last commit, no writer, no lock), so the command works
 * beside a server that holds it; the corpus folder is not read, nothing is indexed, and the index is never changed.
 */
public final class CheckCommand {

    static final String USAGE = "usage: java -jar footnote.jar check --file <draft.md> [--documents ID,...] [--format text|json]"
            + " [--footnote.index.dir=<index>] [--footnote.…=…]";

    private CheckCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    /** Runs the command, writing the report to {@code out} and errors to {@code err}; returns the exit status. */
    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        String text;
        List<String> documents;
        boolean json;
        try {
            line = CommandLine.parse(args, List.of("file", "documents", "format"));
            String format = line.optional("format", "text");
            if (!format.equals("text") && !format.equals("json")) {
                throw new IllegalArgumentException("--format must be text or json, not '" + format + "'");
            }
            json = format.equals("json");
            Path file = Path.of(line.required("file"));
            text = Files.readString(file, StandardCharsets.UTF_8);
            documents = line.options().containsKey("documents")
                    ? Arrays.stream(line.required("documents").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("cannot read the file to check: " + e.getMessage());
            return 2;
        }
        ConfigurableApplicationContext context;
        try {
            context = start(application, line.springArgs());
        } catch (RuntimeException e) {
            err.println(startFailure(e));
            return 2;
        }
        try (context) {
            PassageIndex index = context.getBean(PassageIndex.class);
            if (index.passageCount() == 0) {
                err.println("The index at footnote.index.dir=" + context.getEnvironment().getProperty("footnote.index.dir")
                        + " holds no passages: start the server once over the corpus to index it, or name the index with"
                        + " --footnote.index.dir=<folder>.");
                return 2;
            }
            CheckReport report = service(context).check(text, documents);
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } else {
                out.print(CheckReportText.plain(report));
            }
            out.flush();
            return report.allSupported() ? 0 : 1;
        } catch (InvalidCheckException | CheckTooLongException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(startFailure(e));
            return 2;
        }
    }

    /**
     * The service the API uses, but with the documents' states alone: its warning that indexing is still running would
     * be false here, where the indexer never starts (the index is read as it was last written).
     */
    private static CheckService service(ConfigurableApplicationContext context) {
        SentenceScorer scorer = context.getBean(SentenceScorer.class);
        return new CheckService(context.getBean(Retriever.class), context.getBean(PassageCatalog.class),
                new ClaimAnalysis(TextAnalyzer.english(), scorer), new SupportJudge(scorer, SupportWeights.builtIn()),
                CheckRules.builtIn(), context.getBean(DocumentLibrary.class)::status, context.getBean(CheckService.class).maxChars(),
                UnsupportedWords.builtIn(scorer::idf));
    }

    /** The application without a web server, its console log off so that stdout holds the report alone. */
    private static ConfigurableApplicationContext start(Class<?> application, List<String> springArgs) {
        List<String> args = new ArrayList<>(springArgs);
        args.add(0, "--logging.threshold.console=OFF");
        // Read-only: no IndexWriter, so no write lock is taken and a server beside this command keeps its own.
        args.add(1, "--footnote.index.read-only=true");
        // The conversation store is not needed, and a server beside this command holds the lock of its file database.
        if (springArgs.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            args.add("--spring.datasource.url=jdbc:h2:mem:footnote-check;DB_CLOSE_DELAY=-1");
        }
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /** A sentence for stderr: the root cause (e.g. "the folder … (footnote.index.dir) holds no index"). */
    static String startFailure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "The check failed: " + root.getMessage();
    }
}
