package dev.footnote.check;

import java.util.Map;
import java.util.TreeMap;

/**
 * A check report as text for people: plain lines for the terminal ({@code check} command) and Markdown with
 * footnotes for chat clients ({@code footnote-check} on {@code /v1}), so both read the same verdicts and quotes.
 */
public final class CheckReportText {

    private CheckReportText() {
    }

    /** Each sentence with its verdict, unsupported words and footnotes, then the counts. */
    public static String plain(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (CheckedSentence s : report.sentences()) {
            out.append(String.format("%-19s %s%s%n", s.verdict().label(), s.text().replace('\n', ' '), markers(s, " [", "]")));
            if (!s.unsupported().isEmpty()) {
                out.append("    unsupported: ").append(String.join(", ",
                        s.unsupported().stream().map(u -> "\"" + u.text() + "\"").toList())).append(System.lineSeparator());
            }
            for (CheckCitation c : s.citations()) {
                out.append("    [").append(c.marker()).append("] ").append(where(c)).append(": \"")
                        .append(c.quote().replace('\n', ' ')).append("\"").append(System.lineSeparator());
            }
        }
        for (String w : report.warnings()) {
            out.append("warning: ").append(w).append(System.lineSeparator());
        }
        out.append(counts(report)).append(System.lineSeparator());
        return out.toString();
    }

    /** Markdown: the counts, each sentence with its verdict in bold and footnote references, the footnotes at the end. */
    public static String markdown(CheckReport report) {
        StringBuilder md = new StringBuilder(counts(report)).append("\n");
        if (report.sentences().isEmpty()) {
            md.append("\nNothing to check: no sentence states a name, a number or a content word.\n");
        }
        Map<Integer, CheckCitation> notes = new TreeMap<>();
        for (CheckedSentence s : report.sentences()) {
            md.append("\n- **").append(label(s.verdict())).append("**: ").append(s.text().replace('\n', ' '))
                    .append(markers(s, "[^", "]"));
            if (!s.unsupported().isEmpty()) {
                md.append(" (unsupported: ").append(String.join(", ",
                        s.unsupported().stream().map(u -> "*" + u.text() + "*").toList())).append(")");
            }
            s.citations().forEach(c -> notes.putIfAbsent(c.marker(), c));
        }
        if (!report.warnings().isEmpty()) {
            md.append("\n");
            report.warnings().forEach(w -> md.append("\n> ").append(w));
        }
        if (!notes.isEmpty()) {
            md.append("\n");
            notes.values().forEach(c -> md.append("\n[^").append(c.marker()).append("]: ").append(where(c))
                    .append(" — \u201C").append(c.quote().replace('\n', ' ')).append("\u201D"));
        }
        return md.append("\n").toString();
    }

    /** "3 sentences: 1 supported, 0 partially supported, 2 not supported." */
    public static String counts(CheckReport report) {
        Map<String, Integer> n = report.counts();
        return report.sentences().size() + (report.sentences().size() == 1 ? " sentence: " : " sentences: ")
                + n.get(Verdict.SUPPORTED.label()) + " supported, " + n.get(Verdict.PARTIALLY_SUPPORTED.label())
                + " partially supported, " + n.get(Verdict.NOT_SUPPORTED.label()) + " not supported.";
    }

    static String label(Verdict v) {
        return switch (v) {
            case SUPPORTED -> "Supported";
            case PARTIALLY_SUPPORTED -> "Partially supported";
            case NOT_SUPPORTED -> "Not supported";
        };
    }

    private static String markers(CheckedSentence s, String open, String close) {
        return String.join("", s.citations().stream().map(c -> open + c.marker() + close).toList());
    }

    private static String where(CheckCitation c) {
        String source = c.source() == null || c.source().isBlank() ? "document " + c.documentId() : c.source();
        return c.page() == null ? source : source + ", p. " + c.page();
    }
}
