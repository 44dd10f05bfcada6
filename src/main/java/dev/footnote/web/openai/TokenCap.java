package dev.footnote.web.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.Markers;
import dev.footnote.text.Sentences;

/**
 * Honours {@code max_tokens}: the answer is cut at a sentence boundary (after the sentence's
 * markers), never inside one, so no sentence is left half-written or without its citation; the
 * citations of the sentences left out go too. What counts is the content as written (Markdown with
 * its footnotes), by {@link TokenCount}. When not even the first sentence fits, nothing is written.
 */
final class TokenCap {

    private TokenCap() {
    }

    /** The answer as sent: whole, or cut. */
    record Capped(CitedAnswer answer, String content, boolean cut) {
    }

    static Capped of(CitedAnswer answer, Integer maxTokens) {
        String content = FootnoteMarkdown.of(answer);
        if (maxTokens == null || TokenCount.of(content) <= maxTokens) {
            return new Capped(answer, content, false);
        }
        List<Integer> cuts = cuts(answer.text());
        for (int i = cuts.size() - 1; i >= 0; i--) {
            CitedAnswer shorter = prefix(answer, cuts.get(i));
            String written = FootnoteMarkdown.of(shorter);
            if (TokenCount.of(written) <= maxTokens) {
                return new Capped(shorter, written, true);
            }
        }
        return new Capped(prefix(answer, 0), "", true);
    }

    /** Where the answer may be cut: after each sentence, and after the markers that follow it. */
    static List<Integer> cuts(String text) {
        List<Markers.Marker> markers = Markers.find(text);
        List<Integer> cuts = new ArrayList<>();
        for (Sentences.Span span : Sentences.split(text)) {
            int end = span.end();
            for (Markers.Marker m : markers) {
                // A marker right after the sentence (maybe after a space) belongs to it.
                if (m.start() >= end && text.substring(end, m.start()).isBlank()) {
                    end = m.end();
                }
            }
            if (cuts.isEmpty() || end > cuts.get(cuts.size() - 1)) {
                cuts.add(end);
            }
        }
        return cuts;
    }

    private static CitedAnswer prefix(CitedAnswer answer, int end) {
        String text = answer.text().substring(0, end).strip();
        Set<Integer> kept = Markers.numbers(text);
        List<Citation> citations = answer.citations().stream().filter(c -> kept.contains(c.marker())).toList();
        var shortAnswer = answer.shortAnswer() != null && kept.contains(answer.shortAnswer().marker()) ? answer.shortAnswer() : null;
        return new CitedAnswer(text, answer.grounded(), answer.mode(), citations, answer.warnings(), answer.model(), shortAnswer,
                answer.removed());
    }
}
