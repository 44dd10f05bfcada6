package dev.footnote.positions;

import java.util.List;
import java.util.Objects;

import dev.footnote.answer.Citation;

/**
 * What one actor says on a topic.
 *
 * @param actor        the actor's canonical name
 * @param aliases      the other names it goes by
 * @param summary      its stance, each claim followed by {@code [n]}
 * @param citations    the statements behind the summary, by marker; each quote is verbatim from its passage
 * @param attributions why each cited sentence speaks for this actor, and with whom if it is a joint statement
 * @param warnings     what verification flagged in this summary (e.g. a citation of another actor's statement)
 * @param role         the actor's role as its documents give it ("Councillor"), apart from the name; {@code null} if none
 */
public record Position(String actor, List<String> aliases, String summary, List<Citation> citations,
                       List<Attribution> attributions, List<String> warnings, String role) {

    /** A position with no role. */
    public Position(String actor, List<String> aliases, String summary, List<Citation> citations,
                    List<Attribution> attributions, List<String> warnings) {
        this(actor, aliases, summary, citations, attributions, warnings, null);
    }

    /** The same position with the actor's role. */
    public Position withRole(String role) {
        return new Position(actor, aliases, summary, citations, attributions, warnings, role);
    }

    /** Why the sentence behind {@code marker} speaks for the actor; {@code jointWith} lists co-speakers. */
    public record Attribution(int marker, List<String> speakers, List<String> jointWith, String evidence) {

        public Attribution {
            speakers = List.copyOf(speakers);
            jointWith = List.copyOf(jointWith);
        }
    }

    public Position {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(summary, "summary");
        aliases = List.copyOf(aliases);
        citations = List.copyOf(citations);
        attributions = List.copyOf(attributions);
        warnings = List.copyOf(warnings);
    }
}
