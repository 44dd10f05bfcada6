package dev.footnote.positions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.Markers;
import dev.footnote.text.Sentences;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.LlmFailure;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.Folding;
import dev.footnote.positions.actors.Statement;

/**
 * Summaries written by an LLM from the statements attributed to each actor, then verified: every
 * {@code [n]} must point at a statement listed under that actor. A marker pointing at another actor's
 * statement (or at no statement) is removed and reported; a sentence left without a valid marker is
 * dropped, and so is one whose content words are mostly absent from the statements it cites (a claim
 * the statements do not carry); an actor left without any sentence falls back to its verbatim statements. Quotes are always
 * the statements' own sentences, never text from the model.
 */
final class LlmPositions {

    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,4}\\s*\\**(.+?)\\**\\s*:?\\s*$");

    private final LlmClient model;
    private final PositionsPrompt prompt;
    private final SentenceScorer scorer;
    private final double minSupport;
    private final CitationVerifier verifier;

    /**
     * @param verifier the chat answers' verifier (lexical + embedding support), or {@code null}: then a
     *                 claim needs {@code minSupport} of its content words in the statements it cites
     */
    LlmPositions(LlmClient model, PositionsPrompt prompt, SentenceScorer scorer, double minSupport, CitationVerifier verifier) {
        this.model = model;
        this.prompt = prompt;
        this.scorer = scorer;
        this.minSupport = minSupport;
        this.verifier = verifier;
    }

    /** A verified summary per actor that got one; actors missing here need the extractive fallback. */
    record Result(Map<String, Position> positions, List<String> warnings) {
    }

    /**
     * @param neutral terms that carry no claim (the topic's, the actors' names): not counted for support
     * @throws LlmFailure when the model gives no usable reply, after the gateway's retries
     */
    Result write(String topic, List<Actor> actors, Map<String, List<ScoredStatement>> byActor, Set<String> neutral)
            throws LlmFailure {
        List<Statement> numbered = number(actors, byActor);
        String request = prompt.render(topic, String.join(", ", actors.stream().map(Actor::name).toList()),
                statementsBlock(actors, byActor, numbered));
        String reply = model.chat(ChatRequest.builder().messages(UserMessage.from(request)).build()).text();
        return verify(reply == null ? "" : reply, actors, numbered, neutral);
    }

    /** Statements numbered from 1 in the order they are listed; a joint statement keeps one number. */
    private static List<Statement> number(List<Actor> actors, Map<String, List<ScoredStatement>> byActor) {
        Set<Statement> all = new LinkedHashSet<>();
        actors.forEach(a -> byActor.get(a.name()).forEach(s -> all.add(s.statement())));
        return List.copyOf(all);
    }

    private static String statementsBlock(List<Actor> actors, Map<String, List<ScoredStatement>> byActor,
                                          List<Statement> numbered) {
        StringBuilder block = new StringBuilder();
        for (Actor actor : actors) {
            block.append("## ").append(actor.name()).append('\n');
            for (ScoredStatement scored : byActor.get(actor.name())) {
                Statement s = scored.statement();
                block.append('[').append(numbered.indexOf(s) + 1).append("] \"").append(s.text()).append('"');
                List<String> details = new ArrayList<>();
                if (s.joint()) {
                    details.add("joint statement of " + String.join(" and ", s.speakers()));
                }
                if (s.passage().source() != null) {
                    details.add("source: " + s.passage().source());
                }
                if (!details.isEmpty()) {
                    block.append(" (").append(String.join("; ", details)).append(')');
                }
                block.append('\n');
            }
            block.append('\n');
        }
        return block.toString().strip();
    }

    private Result verify(String reply, List<Actor> actors, List<Statement> numbered, Set<String> neutral) {
        Map<String, StringBuilder> sections = sections(reply, actors);
        Map<String, Position> positions = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Actor actor : actors) {
            StringBuilder section = sections.get(actor.name());
            if (section == null || section.toString().isBlank()) {
                warnings.add("The model wrote no summary for " + actor.name() + "; its statements are quoted instead.");
                continue;
            }
            verifySection(actor, section.toString().strip(), numbered, neutral).ifPresentOrElse(p -> {
                positions.put(actor.name(), p);
                warnings.addAll(p.warnings());
            }, () -> warnings.add("No sentence of the model's summary for " + actor.name()
                    + " cited a statement of " + actor.name() + "; its statements are quoted instead."));
        }
        return new Result(positions, warnings);
    }

    private Optional<Position> verifySection(Actor actor, String text, List<Statement> numbered, Set<String> neutral) {
        List<String> warnings = new ArrayList<>();
        Map<Integer, Integer> local = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        List<Position.Attribution> attributions = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (Sentences.Span span : Sentences.split(text)) {
            String sentence = span.of(text);
            String plain = Markers.strip(sentence).replaceAll("\\s+([.,;])", "$1").strip();
            // 1. Which of its markers point at a statement of this actor.
            Set<Integer> valid = new LinkedHashSet<>();
            for (int global : Markers.numbers(sentence)) {
                Statement s = global >= 1 && global <= numbered.size() ? numbered.get(global - 1) : null;
                if (s == null) {
                    warnings.add(actor.name() + ": “" + plain + "” cites [" + global
                            + "], which is not one of the statements given; the citation was removed.");
                } else if (!s.speakers().contains(actor.name())) {
                    warnings.add(actor.name() + ": “" + plain + "” cites [" + global + "], a statement attributed to "
                            + String.join(" and ", s.speakers()) + ", not to " + actor.name()
                            + "; the citation was removed.");
                } else {
                    valid.add(global);
                }
            }
            if (valid.isEmpty()) {
                warnings.add(actor.name() + ": “" + plain + "” was dropped: it cites no statement of " + actor.name() + ".");
                continue;
            }
            // 2. Whether those statements carry what it says; a statement that does not is not cited.
            Set<Integer> supported = supporting(plain, valid, numbered, neutral, actor, warnings);
            if (supported.isEmpty()) {
                warnings.add(actor.name() + ": “" + plain + "” was dropped: the statements it cites do not support it.");
                continue;
            }
            valid.retainAll(supported);
            // 3. Keep it, with its valid markers renumbered for this position.
            String rewritten = Markers.replace(sentence, marker -> {
                StringBuilder kept = new StringBuilder();
                for (int global : marker.numbers()) {
                    if (valid.contains(global)) {
                        Statement s = numbered.get(global - 1);
                        int n = local.computeIfAbsent(global, g -> {
                            int next = citations.size() + 1;
                            citations.add(Citations.of(next, s, true, plain));
                            attributions.add(Citations.attribution(next, s, actor.name()));
                            return next;
                        });
                        kept.append(Markers.render(n));
                    }
                }
                return kept.isEmpty() ? "" : marker.spaceBefore() + kept;
            });
            String clean = rewritten.replaceAll("\\s+([.,;])", "$1").replaceAll("\\s{2,}", " ").strip();
            summary.append(summary.length() > 0 ? " " : "").append(clean);
        }
        if (citations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Position(actor.name(), actor.aliases(), summary.toString(), citations, attributions, warnings));
    }

    /** Which of the cited statements support the claim: by the verifier when there is one, else by words. */
    private Set<Integer> supporting(String claim, Set<Integer> cited, List<Statement> numbered, Set<String> neutral,
                                    Actor actor, List<String> warnings) {
        Set<Integer> supported = new LinkedHashSet<>();
        if (verifier == null) {
            Set<String> words = new java.util.HashSet<>();
            cited.forEach(g -> words.addAll(scorer.terms(numbered.get(g - 1).text())));
            double support = support(claim, words, neutral);
            if (support >= minSupport) {
                supported.addAll(cited);
            } else {
                warnings.add(actor.name() + ": “" + claim + "”: its words are not in the statements it cites"
                        + String.format(java.util.Locale.ROOT, " (support %.2f, needed %.2f).", support, minSupport));
            }
            return supported;
        }
        // The verifier sees each cited statement alone, numbered [1..k], so it can only match that sentence.
        List<Integer> order = List.copyOf(cited);
        StringBuilder local = new StringBuilder(claim);
        for (int i = 0; i < order.size(); i++) {
            local.append(' ').append(Markers.render(i + 1));
        }
        CitationVerifier.Verification v = verifier.verify(local.toString(),
                order.stream().map(g -> Citations.alone(numbered.get(g - 1))).toList());
        for (Citation c : v.citations()) {
            if (Boolean.TRUE.equals(c.supported())) {
                supported.add(order.get(c.marker() - 1));
            } else {
                warnings.add(actor.name() + ": “" + claim + "”: statement [" + order.get(c.marker() - 1)
                        + "] does not support it; the citation was removed.");
            }
        }
        return supported;
    }

    /** The share of the sentence's content words that occur in the cited statements. */
    private double support(String sentence, Set<String> cited, Set<String> neutral) {
        Set<String> words = new java.util.HashSet<>(scorer.terms(Markers.strip(sentence)));
        words.removeAll(neutral);
        if (words.isEmpty()) {
            return 1;
        }
        return (double) words.stream().filter(cited::contains).count() / words.size();
    }

    /** The reply cut at "## Actor" headings; headings that name no requested actor are ignored. */
    private static Map<String, StringBuilder> sections(String reply, List<Actor> actors) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : reply.split("\\R")) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String key = Folding.key(h.group(1));
                current = actors.stream().filter(a -> a.names().stream().anyMatch(n -> Folding.key(n).equals(key)))
                        .findFirst().map(a -> sections.computeIfAbsent(a.name(), k -> new StringBuilder())).orElse(null);
                continue;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        return sections;
    }
}
