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
 * @param points      the points the statements address, each with its actors' statements and their pairs;
 *                    {@code agreements} and {@code differences} are these pairs (and joint statements) of all points
 */
public record PositionsReport(String topic, String mode, boolean grounded, List<Position> positions,
                              List<Comparison> agreements, List<Comparison> differences, List<String> notFound,
                              List<String> noStatement, List<String> warnings, String method, List<Point> points) {

    public static final String METHOD = "The statements are grouped into the points they address (shared words, or"
            + " sentences closer than the topic's statements are on average). On a point, two actors differ when one"
            + " argues for what the other argues against (stance words and negation: \"should\", \"not\", \"oppose\"),"
            + " and agree when they make the same point in the same direction, or spoke jointly. A statement with no"
            + " stance word, such as an announcement, is listed but not compared.";

    /** A report without points. */
    public PositionsReport(String topic, String mode, boolean grounded, List<Position> positions,
                           List<Comparison> agreements, List<Comparison> differences, List<String> notFound,
                           List<String> noStatement, List<String> warnings, String method) {
        this(topic, mode, grounded, positions, agreements, differences, notFound, noStatement, warnings, method, List.of());
    }

    public PositionsReport {
        positions = List.copyOf(positions);
        agreements = List.copyOf(agreements);
        differences = List.copyOf(differences);
        notFound = List.copyOf(notFound);
        noStatement = List.copyOf(noStatement);
        warnings = List.copyOf(warnings);
        points = List.copyOf(points);
    }
}
