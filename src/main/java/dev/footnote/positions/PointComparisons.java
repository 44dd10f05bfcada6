package dev.footnote.positions;

import java.util.List;

import dev.footnote.answer.Citation;

/** A point's pair as the agreements and differences clients already read: the two statements side by side. */
final class PointComparisons {

    private PointComparisons() {
    }

    static Comparison of(Point point, Point.Pair pair) {
        Citation a = citation(point, pair.actors().get(0), pair.markers().get(0));
        Citation b = citation(point, pair.actors().get(1), pair.markers().get(1));
        String text = point.title() + ": " + pair.actors().get(0) + " " + Quoting.quote(a.quote()) + " [1]; "
                + pair.actors().get(1) + " " + Quoting.quote(b.quote()) + " [2].";
        return new Comparison(pair.relation(), pair.actors(), List.of(point.title()), text,
                List.of(renumbered(a, 1), renumbered(b, 2)));
    }

    private static Citation citation(Point point, String actor, int marker) {
        return point.statements().stream()
                .filter(s -> s.actor().equals(actor) && s.citation().marker() == marker)
                .findFirst().orElseThrow().citation();
    }

    private static Citation renumbered(Citation c, int marker) {
        return new Citation(marker, c.passageId(), c.documentId(), c.source(), c.quote(), c.start(), c.end(),
                c.supported(), c.claim(), c.page());
    }
}
