package dev.footnote.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.text.TextAnalyzer;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.Markers;
import dev.footnote.chat.ChatRoute;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.ActorCatalog;
import dev.footnote.positions.actors.AliasMatcher;

/**
 * Sends chat messages that ask for positions to the positions feature and answers in the chat's shape:
 * "Summarize the positions of the US and Serbia on Kosovo", "Where do the EU and Serbia differ?",
 * "What does Vucic want?". Everything else is declined and goes to the general answerer.
 */
public final class PositionsRouter implements ChatRoute {

    /**
     * "What does X want / think / demand…": a question about X's stance. "What did X say about Y?" is left
     * to the general answerer, which quotes the passage that answers it best.
     */
    private static final Pattern WHAT_DOES = Pattern.compile(
            "^\\s*what\\s+(?:does|do|did)\\s+(.+?)\\s+(?:want|wants|think|demand|demands|propose|seek|"
                    + "stand for|believe)\\b.*$",
            Pattern.CASE_INSENSITIVE);

    /** "… on Kosovo", "… about the Kosovo dispute": the topic is the rest of the message. */
    private static final Pattern TOPIC = Pattern.compile(
            "\\b(?:on|about|regarding|concerning|over|towards?)\\s+(?:the\\s+)?(.+?)\\s*[?.!]*\\s*$", Pattern.CASE_INSENSITIVE);

    /** "Where do they differ?", "Do they agree?": the answer then includes the comparisons. */
    private static final Pattern COMPARE = Pattern.compile("\\b(agree|agreements?|differ|differences?|disagree|compare|common)\\b",
            Pattern.CASE_INSENSITIVE);

    private final PositionsService positions;
    private final PositionsIntent intent;

    public PositionsRouter(PositionsService positions) {
        this(positions, TextAnalyzer.english());
    }

    /** @param analyzer parses the message: whether it asks for positions is decided on its tokens and parts of speech */
    public PositionsRouter(PositionsService positions, TextAnalyzer analyzer) {
        this.positions = positions;
        this.intent = new PositionsIntent(analyzer);
    }

    @Override
    public Optional<CitedAnswer> answer(String message) {
        return route(message).map(Routed::answer);
    }

    /** The answer, with the {@link PositionsReport} beside it: the page lays out its points as in the Positions tab. */
    @Override
    public Optional<Routed> route(String message) {
        Matcher whatDoes = WHAT_DOES.matcher(message);
        boolean asksPositions = intent.asksPositions(message);
        if (!asksPositions && !whatDoes.matches()) {
            return Optional.empty();
        }
        ActorCatalog catalog = positions.catalog();
        Matcher topicMatch = TOPIC.matcher(message);
        String topic = topicMatch.find() ? topicMatch.group(1).strip() : null;
        int topicStart = topic == null ? message.length() : topicMatch.start();

        List<String> actors = new ArrayList<>();
        new AliasMatcher(catalog.known()).find(message).stream()
                .filter(m -> m.start() < topicStart && m.actor().kind() != Actor.Kind.MEDIA)
                .map(m -> m.actor().name()).distinct().forEach(actors::add);
        if (!asksPositions) {
            String who = whatDoes.group(1).replaceFirst("(?i)^the\\s+", "").strip();
            boolean namesAnActor = !actors.isEmpty() || catalog.actor(who).isPresent();
            // "What does the statement say?" is a question about the text, not about an actor.
            boolean looksLikeAName = Character.isUpperCase(who.codePointAt(0));
            if (!namesAnActor && !looksLikeAName) {
                return Optional.empty();
            }
            if (actors.isEmpty()) {
                actors.add(who);
            }
        }
        if (topic != null && topic.isBlank()) {
            topic = null;
        }
        PositionsReport report = positions.report(topic, actors);
        return Optional.of(new Routed(toAnswer(report, COMPARE.matcher(message).find()), report));
    }

    /** One chat answer: each actor's summary (and, if asked, the comparisons) with markers renumbered into one list. */
    static CitedAnswer toAnswer(PositionsReport report, boolean withComparisons) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        String on = report.topic() == null ? "" : " on " + report.topic();
        for (Position p : report.positions()) {
            appendLine(text, citations, p.actor() + on + ": ", p.summary(), p.citations());
        }
        if (withComparisons && report.grounded()) {
            report.agreements().forEach(c -> appendLine(text, citations, "Agreement: ", c.text(), c.citations()));
            report.differences().forEach(c -> appendLine(text, citations, "Difference: ", c.text(), c.citations()));
            if (!report.agreements().isEmpty() || !report.differences().isEmpty()) {
                text.append("\n(Agreements and differences are per point: one statement backs or contradicts the other, "
                        + "by the support judge and stance words.)");
            }
        }
        List<String> absent = new ArrayList<>(report.notFound());
        if (!absent.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n").append("Not in the corpus: ").append(String.join(", ", absent))
                    .append(" (no position is given).");
        }
        if (!report.noStatement().isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n").append("No statement").append(on).append(" in the corpus by: ")
                    .append(String.join(", ", report.noStatement())).append('.');
        }
        if (!report.grounded()) {
            String none = "The corpus holds no statement" + (report.topic() == null ? "" : " on " + report.topic())
                    + " by the actors asked about.";
            return CitedAnswer.notInCorpus(text.length() == 0 ? none : none + "\n" + text, report.mode(), report.warnings());
        }
        return new CitedAnswer(text.toString(), true, report.mode(), citations, report.warnings());
    }

    /** Appends "label body" as a line, its [n] markers shifted past the citations already listed. */
    private static void appendLine(StringBuilder text, List<Citation> citations, String label, String body,
                                   List<Citation> own) {
        int offset = citations.size();
        for (Citation c : own) {
            citations.add(new Citation(c.marker() + offset, c.passageId(), c.documentId(), c.source(), c.quote(),
                    c.start(), c.end(), c.supported(), c.claim(), c.page()));
        }
        text.append(text.length() == 0 ? "" : "\n").append(label).append(Markers.renumber(body, n -> n + offset));
    }
}
