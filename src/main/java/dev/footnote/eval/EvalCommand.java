package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code eval --format squad|beir --path <file or folder> --out <report.json> [--footnote.x=y ...]}:
 * loads the dataset into a temporary index, asks every question in the three retrieval modes,
 * prints a table and writes the report.
 */
public final class EvalCommand {

    static final String USAGE = "usage: java -jar footnote.jar eval --format squad|beir --path <file or folder> --out <report.json>"
            + " | eval --format positions --path <liar-plus.jsonl> [--topics <n>] [--rounds <n>] [--out <report.json>]"
            + " [--footnote.retrieval.<key>=<value> ...]";

    private EvalCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        CommandLine line;
        EvalDataset dataset;
        Path out;
        try {
            line = CommandLine.parse(args, List.of("format", "path", "out", "topics", "rounds"));
            if ("positions".equals(line.optional("format", null))) {
                return PositionsEval.run(application, line);
            }
            out = Path.of(line.required("out"));
            Path path = Path.of(line.required("path"));
            dataset = switch (line.required("format")) {
                case "squad" -> new SquadLoader().load(path);
                case "beir" -> new BeirLoader().load(path);
                default -> throw new IllegalArgumentException("--format must be squad, beir or positions");
            };
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        System.out.printf("Loaded %s: %d documents, %d passages, %d questions%n", dataset.name(),
                dataset.documents().size(), dataset.passageCount(), dataset.questions().size());
        try (Harness harness = Harness.start(application, line.springArgs())) {
            Harness.load(harness.backend(), dataset.documents());
            Evaluator evaluator = new Evaluator(harness.modes());
            EvalReport report = new EvalReport(dataset.name(), dataset.questions().size(), dataset.passageCount(),
                    evaluator.evaluate(dataset), harness.settings());
            write(report, out);
            System.out.print(Evaluator.table(report));
            System.out.println("Report written to " + out.toAbsolutePath());
        }
        return 0;
    }

    static void write(Object report, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out.toAbsolutePath(), e);
        }
    }
}
