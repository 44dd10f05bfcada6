package dev.footnote.web.openai;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;

/**
 * Writes a cited answer as Markdown for chat clients that know nothing of Footnote: each
 * {@code [n]} marker becomes a footnote reference {@code [^n]}, and a definition per citation
 * gives the source and the exact quote, so the citations survive any Markdown renderer.
 */
final class FootnoteMarkdown {

    private static final Pattern MARKER = Pattern.compile(" ?\\[(\\d+)]");

    private FootnoteMarkdown() {
    }

    static String of(CitedAnswer answer) {
        StringBuilder md = new StringBuilder();
        Matcher m = MARKER.matcher(answer.text());
        while (m.find()) {
            m.appendReplacement(md, Matcher.quoteReplacement("[^" + m.group(1) + "]"));
        }
        m.appendTail(md);
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
