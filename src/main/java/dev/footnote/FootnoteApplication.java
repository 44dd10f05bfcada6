package dev.footnote;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Footnote: grounded question answering over a folder of documents, every claim cited. */
@SpringBootApplication
public class FootnoteApplication {

    public static void main(String[] args) {
        SpringApplication.run(FootnoteApplication.class, args);
    }
}
