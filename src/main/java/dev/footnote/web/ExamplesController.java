package dev.footnote.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.footnote.chat.ExampleQuestions;

/**
 * {@code GET /api/examples}: questions to try, read off the loaded corpus and each answered well by
 * Footnote; {@code pending} while they are being worked out for a changed corpus (the list is then
 * the previous one, or empty).
 */
@RestController
class ExamplesController {

    private final ExampleQuestions examples;

    ExamplesController(ExampleQuestions examples) {
        this.examples = examples;
    }

    record ExamplesResponse(List<ExampleQuestions.Example> examples, boolean pending) {
    }

    @GetMapping("/api/examples")
    ExamplesResponse examples() {
        List<ExampleQuestions.Example> shown = examples.examples();
        return new ExamplesResponse(shown, !examples.current());
    }
}
