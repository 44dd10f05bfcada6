package dev.footnote.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.footnote.chat.ExampleQuestions;

/** {@code GET /api/examples}: questions to try, drawn from the names the loaded corpus mentions most. */
@RestController
class ExamplesController {

    private final ExampleQuestions examples;

    ExamplesController(ExampleQuestions examples) {
        this.examples = examples;
    }

    record ExamplesResponse(List<ExampleQuestions.Example> examples) {
    }

    @GetMapping("/api/examples")
    ExamplesResponse examples() {
        return new ExamplesResponse(examples.examples());
    }
}
