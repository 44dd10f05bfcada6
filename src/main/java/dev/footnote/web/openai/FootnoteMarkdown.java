package dev.footnote.web.openai;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.Markers;

/**
 * Writes a cited answer as Markdown for chat clients that know nothing of Footnote: each
 * {@code [n]} marker becomes a footnote reference {@code [^n]}, and a definition per citation
 * gives the source and the exact quote, so the citations survive any Markdown renderer.
 */
final class FootnoteMarkdown {

    private FootnoteMarkdown() {
    }

    static String of(CitedAnswer answer) {
        StringBuilder md = new StringBuilder(Markers.replace(answer.text(),
                m -> String.join("", m.numbers().stream().map(n -> "[^" + n + "]").toList())));
        if (!answer.citations().isEmpty()) {
            md.append("\n");
            for (Citation c : answer.citations()) {
                md.append("\n[^").append(c.marker()).append("]: ")
                        .append(c.source() == null || c.source().isBlank() ? "document " + c.documentId() : c.source())
                        .append(" — \u201C").append(c.quote().replace('\n', ' ')).append("\u201D");
            }
        }
        return md.toString();
    }
}
