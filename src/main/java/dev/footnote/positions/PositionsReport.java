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

    public static final String METHOD = "Agreements: statements the actors made jointly, and, for two actors who spoke"
            + " separately, their two statements on the topic whose sentences are closest in meaning (embedding"
            + " similarity), quoted side by side. Differences: each actor's statement least like anything the other"
            + " said on the topic, quoted side by side. Both compare wording and meaning, not whether the stances are"
            + " compatible; without embeddings, shared and distinct content words choose the statements.";

    public PositionsReport {
        positions = List.copyOf(positions);
        agreements = List.copyOf(agreements);
        differences = List.copyOf(differences);
        notFound = List.copyOf(notFound);
        noStatement = List.copyOf(noStatement);
        warnings = List.copyOf(warnings);
    }
}
