package dev.footnote.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

/**
 * The sentences of passages as the judge compares them, each analysed once per check (a draft's sentences often
 * retrieve the same passages), with what they lean on: their passages' source lines and headings.
 */
final class EvidenceSentences {

    /** A sentence of a passage: {@code passage.text().substring(span.start(), span.end())}. */
    record Candidate(Passage passage, Sentences.Span span, SupportJudge.Evidence evidence) {

        String quote() {
            return span.of(passage.text());
        }
    }

    private final ClaimAnalysis analysis;
    private final Map<String, List<Candidate>> byPassage = new HashMap<>();
    private final Map<String, List<Candidate>> bySentences = new HashMap<>();
    private final Map<String, SupportJudge.Evidence> contexts = new HashMap<>();

    EvidenceSentences(ClaimAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The sentences of these passages, a line break ending one too ({@link #lines}), passage by passage in the order given. */
    List<Candidate> of(List<Passage> passages) {
        List<Candidate> all = new ArrayList<>();
        for (Passage p : passages) {
            all.addAll(byPassage.computeIfAbsent(p.id(), id -> lines(p.text()).stream()
                    .map(s -> new Candidate(p, s, analysis.evidence(s.of(p.text())))).toList()));
        }
        return all;
    }

    /**
     * The sentences of these passages as the sentence splitter reads them, across line breaks: what the verdict is
     * judged on. For a passage without line breaks they are its {@link #of lines}, the same candidates.
     */
    List<Candidate> sentencesOf(List<Passage> passages) {
        List<Candidate> all = new ArrayList<>();
        for (Passage p : passages) {
            if (p.text().indexOf('\n') < 0) {
                all.addAll(of(List.of(p)));
            } else {
                all.addAll(bySentences.computeIfAbsent(p.id(), id -> Sentences.split(p.text()).stream()
                        .map(s -> new Candidate(p, s, analysis.evidence(s.of(p.text())))).toList()));
            }
        }
        return all;
    }

    /**
     * The sentences of a passage, a line break ending one too: line wraps are joined when a passage is made, so a
     * break left in it separates list items, table rows or headings, and a run of unpunctuated lines ("Best Album",
     * "Kid Sister", …) is not quoted as one sentence.
     */
    static List<Sentences.Span> lines(String text) {
        List<Sentences.Span> spans = new ArrayList<>();
        for (Sentences.Span s : Sentences.split(text)) {
            int start = s.start();
            while (start < s.end()) {
                int lineEnd = text.indexOf('\n', start);
                int end = lineEnd < 0 || lineEnd > s.end() ? s.end() : lineEnd;
                int a = start;
                int b = end;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (a < b) {
                    spans.add(new Sentences.Span(a, b));
                }
                start = end + 1;
            }
        }
        return spans;
    }

    /** The source lines and headings of these passages, as one piece of context for the judge. */
    SupportJudge.Evidence context(List<Passage> passages) {
        Set<String> parts = new LinkedHashSet<>();
        for (Passage p : passages) {
            if (p.source() != null) {
                parts.add(p.source());
            }
            if (p.section() != null) {
                parts.add(p.section());
            }
        }
        String text = String.join(" . ", parts);
        return text.isEmpty() ? SupportJudge.Evidence.NONE : contexts.computeIfAbsent(text, analysis::evidence);
    }
}
