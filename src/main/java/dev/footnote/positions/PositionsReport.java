package dev.footnote.positions;

import java.util.List;

/**
 * The answer to "what do the actors say on this topic?".
 *
 * @param topic       the topic asked about ({@code null} when a chat message named none)
 * @param mode        {@code extractive} (verbatim statements) or {@code llm} (verified summaries)
 * @param grounded    whether any position rests on the corpus
 * @param positions   one per actor with at least one statement on the topic
 * @param agreements  joint statements and shared themes, each cited
 * @param differences themes one actor raises and another does not, each cited
 * @param notFound    requested actors that do not occur in the corpus: no position is given for them
 * @param noStatement requested actors that occur in the corpus but make no statement on the topic
 * @param warnings    what went wrong on the way (LLM fallback, flagged citations)
 * @param method      how agreements and differences were derived
 */
public record PositionsReport(String topic, String mode, boolean grounded, List<Position> positions,
                              List<Comparison> agreements, List<Comparison> differences, List<String> notFound,
                              List<String> noStatement, List<String> warnings, String method) {

    public static final String METHOD = "Agreements: statements the actors made jointly, and content words (topic words"
            + " and actor names excluded) that both actors' statements on the topic use. Differences: content words that"
            + " one actor's statements use and the other's do not. Both are lexical: they show what each side talks"
            + " about, not a judgement of whether their stances are compatible.";

    public PositionsReport {
        positions = List.copyOf(positions);
        agreements = List.copyOf(agreements);
        differences = List.copyOf(differences);
        notFound = List.copyOf(notFound);
        noStatement = List.copyOf(noStatement);
        warnings = List.copyOf(warnings);
    }
}
