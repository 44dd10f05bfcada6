package dev.footnote;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.footnote.eval.BenchCommand;
import dev.footnote.eval.CheckCommand;
import dev.footnote.eval.EvalCommand;
import dev.footnote.eval.LoadCommand;
import dev.footnote.llm.StopSignals;

/** Footnote: grounded question answering over a folder of documents, every claim cited. */
@SpringBootApplication
public class FootnoteApplication {

    static final String USAGE = """
            Footnote: grounded question answering over a folder of documents, every claim cited.

            Usage:
              java -jar footnote.jar [--option=value ...]          serve the web page and the API (default)
              java -jar footnote.jar eval --format squad|beir --path DATA --out REPORT.json [--option=value ...]
                                                                   retrieval and answers over SQuAD or a BEIR set
              java -jar footnote.jar eval --format positions --path LIAR-PLUS.jsonl|SQUAD-DEV.json [--out REPORT.json]
                                                                   actors' positions (docs/positions.md)
              java -jar footnote.jar eval --format wice|wice-tokens --path WICE.jsonl [--out REPORT.json]
                                                                   the text check, by claim or by token (docs/check.md)
              java -jar footnote.jar eval --format claims --path SCIFACT-FOLDER|WICE.jsonl [--out REPORT.json]
                                                                   claims asked in chat: answered, evidence first (docs/answers.md)
              java -jar footnote.jar bench --path SQUAD.json [--option=value ...]     indexing and query speed
              java -jar footnote.jar load [--clients 8] [--seconds 60] [--questions FILE] [--url URL] [--option=value ...]
                                                                   load-test a running server
              java -jar footnote.jar check --file DRAFT.md [--documents ID,...] [--format text|json] [--option=value ...]
                                                  check each sentence against the index (exit 0 all supported, 1 not, 2 error)
              java -jar footnote.jar --help                        this text

            Main options (any footnote.* or Spring Boot key works the same way):
              --server.port=8080                  HTTP port
              --footnote.corpus.dir=corpus        the folder of documents to index
              --footnote.index.dir=data/index     where the Lucene index is kept
              --spring.profiles.active=openai     answers written by an LLM (also: ollama; see config/)
              --footnote.llm.provider=openai --footnote.llm.base-url=URL --footnote.llm.model=NAME
                                                  any OpenAI-compatible server

            Documentation: README.md and docs/ in the source repository.
            """;

    /** With no command, the web server; {@code eval} and {@code bench} run the harness and the benchmark without it; {@code load} load-tests the server; {@code check} checks a text against the index. */
    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "eval" -> System.exit(EvalCommand.run(FootnoteApplication.class, rest));
            case "bench" -> System.exit(BenchCommand.run(FootnoteApplication.class, rest));
            case "load" -> System.exit(LoadCommand.run(FootnoteApplication.class, rest));
            case "check" -> System.exit(CheckCommand.run(FootnoteApplication.class, rest));
            case "--help", "-h", "help" -> System.out.print(USAGE);
            default -> StopSignals.closeFirst(SpringApplication.run(FootnoteApplication.class, args));
        }
    }
}
