package dev.footnote.positions;

import java.util.ArrayList;
import java.util.List;

import dev.footnote.answer.Citation;
import dev.footnote.positions.actors.Actor;
import dev.footnote.positions.actors.Statement;

/**
 * The offline summary of a stance: the actor's chosen statements quoted verbatim, each followed by its
 * marker, and a joint statement said to be one ("jointly with the European Union").
 */
final class ExtractivePositions {

    private ExtractivePositions() {
    }

    static Position of(Actor actor, List<ScoredStatement> chosen, List<String> warnings) {
        StringBuilder summary = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        List<Position.Attribution> attributions = new ArrayList<>();
        for (ScoredStatement scored : chosen) {
            Statement s = scored.statement();
            int marker = citations.size() + 1;
            citations.add(Citations.of(marker, s));
            attributions.add(Citations.attribution(marker, s, actor.name()));
            if (summary.length() > 0) {
                summary.append(' ');
            }
            summary.append(Quoting.quote(s.text())).append(" [").append(marker).append(']');
            List<String> others = s.coSpeakers(actor.name());
            if (!others.isEmpty()) {
                summary.append(" (jointly with ").append(String.join(" and ", others)).append(')');
            }
        }
        return new Position(actor.name(), actor.aliases(), summary.toString(), citations, attributions, warnings);
    }
}
