package dev.footnote;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.footnote.eval.BenchCommand;
import dev.footnote.eval.EvalCommand;
import dev.footnote.eval.LoadCommand;

/** Footnote: grounded question answering over a folder of documents, every claim cited. */
@SpringBootApplication
public class FootnoteApplication {

    /** With no command, the web server; {@code eval} and {@code bench} run the harness and the benchmark without it; {@code load} load-tests the server. */
    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "eval" -> System.exit(EvalCommand.run(FootnoteApplication.class, rest));
            case "bench" -> System.exit(BenchCommand.run(FootnoteApplication.class, rest));
            case "load" -> System.exit(LoadCommand.run(FootnoteApplication.class, rest));
            default -> SpringApplication.run(FootnoteApplication.class, args);
        }
    }
}
