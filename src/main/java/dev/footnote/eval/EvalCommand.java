package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code eval --format squad|beir --path <file or folder> --out <report.json> [--footnote.x=y ...]}:
 * loads the dataset into a temporary index, asks every question in the three retrieval modes,
 * prints a table and writes the report. With a SQuAD file, {@code --index-articles}, {@code --ask-articles}
 * and {@code --negatives-articles} split it by article (refusals: the negatives' articles are not
 * indexed), {@code --negatives} adds a file of out-of-corpus questions, {@code --followups} replays
 * follow-up chains, {@code --modes} limits the retrieval modes compared, {@code --sample n} asks every n-th question and
 * {@code --answers} writes every answer given, one JSON line each, to compare two builds answer by answer.
 */
public final class EvalCommand {

    static final String USAGE = "usage: java -jar footnote.jar eval --format squad|beir --path <file or folder> --out <report.json>"
            + " [--index-articles 1-48] [--ask-articles 25-48] [--negatives-articles 25-48] [--negatives <questions.txt>]"
            + " [--followups <chains.json>] [--modes bm25,dense,hybrid|none] [--sample <n>] [--answers <answers.jsonl>]"
            + " [--footnote.retrieval.<key>=<value> ...]"
            + " | eval --format positions --path <liar-plus.jsonl> [--topics <n>] [--rounds <n>] [--min-statements <n>] [--out <report.json>]"
            + " | eval --format positions --path <squad-dev.json> [--topics <n>] [--rounds <n>] [--out <report.json>]"
            + " | eval --format wice|wice-tokens --path <wice.jsonl> [--split all|tune|test] [--dump <claims.jsonl>] [--out <report.json>]"
            + " | eval --format claims --path <scifact folder | wice claims.jsonl> [--out <report.json>]";

    private EvalCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        CommandLine line;
        EvalDataset dataset;
        EvalSplit split;
        Path out;
        List<String> fileNegatives;
        FollowUpChains chains;
        try {
            line = CommandLine.parse(args, List.of("format", "path", "out", "index-articles", "ask-articles",
                    "negatives-articles", "negatives", "followups", "modes", "sample", "topics", "rounds", "split", "dump", "token-dump", "answers"));
            if ("positions".equals(line.optional("format", null))) {
                return PositionsEval.run(application, line);
            }
            if ("claims".equals(line.optional("format", null))) {
                return ClaimsEval.run(application, line);
            }
            if ("wice".equals(line.optional("format", null)) || "wice-tokens".equals(line.optional("format", null))) {
                return WiceEval.run(application, line, "wice-tokens".equals(line.required("format")));
            }
            out = Path.of(line.required("out"));
            Path path = Path.of(line.required("path"));
            dataset = switch (line.required("format")) {
                case "squad" -> new SquadLoader().load(path);
                case "beir" -> new BeirLoader().load(path);
                default -> throw new IllegalArgumentException("--format must be squad, beir or positions");
            };
            split = EvalSplit.of(line, dataset);
            fileNegatives = line.options().containsKey("negatives") ? questionsFile(Path.of(line.required("negatives"))) : List.of();
            chains = line.options().containsKey("followups") ? FollowUpChains.read(Path.of(line.required("followups"))) : null;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        EvalDataset asked = split.asked();
        System.out.printf("Loaded %s: %d documents, %d passages, %d questions (%d asked, %d out-of-corpus)%n", dataset.name(),
                dataset.documents().size(), dataset.passageCount(), dataset.questions().size(), asked.questions().size(),
                split.negatives().size() + fileNegatives.size());
        String answersFile = line.optional("answers", null);
        try (Harness harness = Harness.start(application, line.springArgs());
             AnswerLog answerLog = AnswerLog.to(answersFile == null ? null : Path.of(answersFile))) {
            // With a kept index (--footnote.index.dir) that already holds these passages, tuning runs skip the embedding.
            if (!harness.loadUnlessKept(asked.documents())) {
                return 2;
            }
            Evaluator evaluator = new Evaluator(harness.modes().stream().filter(m -> split.modes().contains(m.mode().label())).toList());
            AnswerEvaluator answers = new AnswerEvaluator(harness.answerService(), answerLog);
            AnswerQuality quality = asked.questions().stream().anyMatch(q -> !q.answers().isEmpty())
                    ? answers.quality(asked.questions()) : null;
            Refusal refusal = null;
            if (!split.negatives().isEmpty() || !fileNegatives.isEmpty()) {
                List<String> negatives = new ArrayList<>(split.negatives());
                negatives.addAll(fileNegatives);
                refusal = answers.refusal(negatives, split.negativesSource(line.options().get("negatives")), quality);
            }
            FollowUps followUps = chains == null ? null
                    : new FollowUpEvaluator(harness.chatService()).evaluate(chains, new HashSet<>(FollowUpEvaluator.titles(asked)));
            EvalReport report = new EvalReport(asked.name(), asked.questions().size(), asked.passageCount(),
                    evaluator.evaluate(asked), harness.settings(), split.describe(), quality, refusal, followUps);
            write(report, out);
            System.out.print(Evaluator.table(report));
            System.out.print(table(report));
            System.out.println("Report written to " + out.toAbsolutePath());
        }
        return 0;
    }

    /** The answer, refusal and follow-up figures, one per line. */
    static String table(EvalReport report) {
        StringBuilder out = new StringBuilder();
        AnswerQuality a = report.answers();
        if (a != null) {
            out.append(String.format("answers (%d questions): answered %.4f, first sentence contains gold %.4f, "
                            + "any quoted sentence %.4f, sentences/answer %.2f%n", a.questions(), a.answeredShare(),
                    a.firstSentenceContainment(), a.containment(), a.sentencesPerAnswer()));
            out.append(String.format("short answer: given %.4f, right when given (F1 >= 0.5) %.4f, exact match %.4f, F1 %.4f; "
                            + "answer latency p50 %.1f ms, p95 %.1f ms%n", a.shortAnswerShare(), a.shortAnswerPrecision(),
                    a.shortAnswerExactMatch(), a.shortAnswerF1(), a.latencyMs().p50(), a.latencyMs().p95()));
        }
        Refusal r = report.refusal();
        if (r != null) {
            out.append(String.format("refusal: %d out-of-corpus questions refused %.4f; %d in-corpus answered %.4f%n",
                    r.negatives(), r.refusedShare(), r.positives(), r.answeredShare()));
        }
        FollowUps f = report.followUps();
        if (f != null) {
            out.append(String.format("follow-ups: %d chains, %d follow-ups, resolved %.4f, answered %.4f, contain gold %s%n",
                    f.chains(), f.followUps(), f.resolvedShare(), f.answeredShare(),
                    f.containment() == null ? "-" : String.format("%.4f", f.containment())));
        }
        return out.toString();
    }

    /** One question a line; blank lines and lines starting with # are skipped. */
    static List<String> questionsFile(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the questions file " + file.toAbsolutePath(), e);
        }
    }

    /** Writes the report where {@code --out} names, if it names a file. */
    static void writeIfAsked(CommandLine line, Object report) {
        String out = line.optional("out", null);
        if (out != null) {
            write(report, Path.of(out));
            System.out.println("Report written to " + Path.of(out).toAbsolutePath());
        }
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
