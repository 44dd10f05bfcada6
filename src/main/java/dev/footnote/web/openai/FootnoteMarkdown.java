package dev.footnote.web.openai;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.Markers;
import dev.footnote.answer.ShortAnswer;

/**
 * Writes a cited answer as Markdown for chat clients that know nothing of Footnote: each
 * {@code [n]} marker becomes a footnote reference {@code [^n]}, and a definition per citation
 * gives the source and the exact quote, so the citations survive any Markdown renderer. The short
 * answer, where there is one, is set in bold inside its quote, in the answer and in its footnote.
 */
final class FootnoteMarkdown {

    private FootnoteMarkdown() {
    }

    static String of(CitedAnswer answer) {
        String text = answer.text();
        Citation held = heldShortAnswer(answer);
        if (held != null) {
            text = text.replace(held.quote(), bold(held, answer.shortAnswer()));
        }
        StringBuilder md = new StringBuilder(Markers.replace(text,
                m -> String.join("", m.numbers().stream().map(n -> "[^" + n + "]").toList())));
        if (!answer.citations().isEmpty()) {
            md.append("\n");
            for (Citation c : answer.citations()) {
                md.append("\n[^").append(c.marker()).append("]: ")
                        .append(c.source() == null || c.source().isBlank() ? "document " + c.documentId() : c.source())
                        .append(" — \u201C").append((c == held ? bold(c, answer.shortAnswer()) : c.quote()).replace('\n', ' '))
                        .append("\u201D");
            }
        }
        return md.toString();
    }

    /** The citation whose quote holds the short answer, or null. */
    private static Citation heldShortAnswer(CitedAnswer answer) {
        ShortAnswer s = answer.shortAnswer();
        return s == null ? null : answer.citations().stream().filter(c -> c.marker() == s.marker()).findFirst().orElse(null);
    }

    /** The quote with the short answer (at its offsets, which the answer guarantees lie inside the quote) in bold. */
    private static String bold(Citation c, ShortAnswer s) {
        int from = s.start() - c.start();
        int to = s.end() - c.start();
        return c.quote().substring(0, from) + "**" + s.text() + "**" + c.quote().substring(to);
    }
}
