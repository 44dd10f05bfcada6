package dev.footnote.positions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.Markers;
import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.LlmFailure;

/**
 * One sentence per point, written by the LLM from the point's statements (template {@code prompts/points.txt}, one
 * call for all points) and verified as chat answers are: its markers must name statements of that point, and the
 * statements must back it (the citation verifier, or without one a share of its content words); a sentence that
 * is not backed is removed and said so in a warning, and the point keeps no summary.
 */
final class PointSummaries {

    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,4}\\s*\\**\\s*Point\\s+(\\d+)\\b.*$", Pattern.CASE_INSENSITIVE);

    private final LlmClient model;
    private final Path template;
    private final SentenceScorer scorer;
    private final double minSupport;
    private final CitationVerifier verifier;

    PointSummaries(LlmClient model, Path template, SentenceScorer scorer, double minSupport, CitationVerifier verifier) {
        this.model = model;
        this.template = template;
        this.scorer = scorer;
        this.minSupport = minSupport;
        this.verifier = verifier;
    }

    /** Fails fast, naming the file, when the template is missing or has no place for the points. */
    void validate() {
        load();
    }

    /** The points with their verified summaries; {@code warnings} gets what was removed. */
    List<Point> summarise(String topic, List<Point> points, List<String> warnings) throws LlmFailure {
        if (points.isEmpty()) {
            return points;
        }
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            // A point one actor alone addresses has no views to set side by side: no summary, no call for it.
            if (p.statements().stream().map(Point.PointStatement::actor).distinct().count() < 2) {
                continue;
            }
            block.append("## Point ").append(i + 1).append(": ").append(p.title()).append('\n');
            Set<Integer> listed = new LinkedHashSet<>();
            for (Point.PointStatement s : p.statements()) {
                if (listed.add(s.citation().marker())) {
                    block.append('[').append(s.citation().marker()).append("] ").append(s.actor()).append(": \"")
                            .append(s.citation().quote()).append("\"\n");
                }
            }
            block.append('\n');
        }
        if (block.length() == 0) {
            return points;
        }
        String request = load().replace("{{topic}}", topic == null ? "(any)" : topic).replace("{{points}}", block.toString().strip());
        String reply = model.chat(ChatRequest.builder().messages(UserMessage.from(request)).build()).text();
        Map<Integer, String> sections = sections(reply == null ? "" : reply);
        List<Point> summarised = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            String text = sections.get(i + 1);
            boolean sent = p.statements().stream().map(Point.PointStatement::actor).distinct().count() >= 2;
            summarised.add(text == null || !sent ? p : p.withSummary(verified(p, text, warnings)));
        }
        return summarised;
    }

    /** The first sentence, if the statements of the point it cites back it; else {@code null}. */
    private String verified(Point point, String text, List<String> warnings) {
        List<Sentences.Span> spans = Sentences.split(text.strip());
        if (spans.isEmpty()) {
            return null;
        }
        String sentence = spans.get(0).of(text.strip()).strip();
        Map<Integer, Citation> byMarker = new HashMap<>();
        point.statements().forEach(s -> byMarker.putIfAbsent(s.citation().marker(), s.citation()));
        List<Integer> cited = Markers.numbers(sentence).stream().filter(byMarker::containsKey).distinct().toList();
        String plain = Markers.strip(sentence).replaceAll("\\s+([.,;])", "$1").strip();
        if (cited.isEmpty()) {
            warnings.add("Point “" + point.title() + "”: the summary “" + plain + "” cites no statement of the point; it was removed.");
            return null;
        }
        Set<Integer> backing = backing(plain, cited, byMarker);
        if (backing.isEmpty()) {
            warnings.add("Point “" + point.title() + "”: the summary “" + plain
                    + "” is not backed by the statements it cites; it was removed.");
            return null;
        }
        // Markers of statements that do not back it are removed, as in chat answers.
        return Markers.replace(sentence, marker -> {
            StringBuilder kept = new StringBuilder();
            marker.numbers().stream().filter(backing::contains).forEach(n -> kept.append(Markers.render(n)));
            return kept.isEmpty() ? "" : marker.spaceBefore() + kept;
        }).replaceAll("\\s+([.,;])", "$1").replaceAll("\\s{2,}", " ").strip();
    }

    /** The cited statements that back the sentence: by the verifier when there is one, else by its words. */
    private Set<Integer> backing(String claim, List<Integer> markers, Map<Integer, Citation> byMarker) {
        List<Citation> cited = markers.stream().map(byMarker::get).toList();
        Set<Integer> backing = new LinkedHashSet<>();
        if (verifier == null) {
            Set<String> words = new java.util.HashSet<>();
            cited.forEach(c -> words.addAll(scorer.terms(c.quote())));
            Set<String> claimed = scorer.terms(claim);
            if (claimed.isEmpty() || (double) claimed.stream().filter(words::contains).count() / claimed.size() >= minSupport) {
                backing.addAll(markers);
            }
            return backing;
        }
        StringBuilder local = new StringBuilder(claim);
        List<Passage> alone = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            local.append(' ').append(Markers.render(i + 1));
            Citation c = cited.get(i);
            alone.add(new Passage(c.passageId(), c.documentId(), 0, c.quote(), c.source(), c.page(), null));
        }
        CitationVerifier.Verification v = verifier.verify(local.toString(), alone);
        v.citations().stream().filter(c -> Boolean.TRUE.equals(c.supported()))
                .forEach(c -> backing.add(markers.get(c.marker() - 1)));
        return backing;
    }

    private static Map<Integer, String> sections(String reply) {
        Map<Integer, String> sections = new HashMap<>();
        Integer current = null;
        StringBuilder text = new StringBuilder();
        for (String line : (reply + "\n## Point 0").split("\\R")) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                if (current != null && !text.toString().isBlank()) {
                    sections.put(current, text.toString().strip());
                }
                current = Integer.parseInt(h.group(1));
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append(' ');
            }
        }
        return sections;
    }

    private String load() {
        try {
            String t = Files.readString(template, StandardCharsets.UTF_8);
            if (!t.contains("{{points}}")) {
                throw new IllegalStateException("the points prompt template " + template.toAbsolutePath() + " has no {{points}} placeholder");
            }
            return t;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the points prompt template " + template.toAbsolutePath(), e);
        }
    }
}
