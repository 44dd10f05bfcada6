package dev.footnote.positions.actors;

import java.util.List;

/** Who a sentence speaks for, and the words that show it; no speakers when the media only report it. */
record Attribution(List<Actor> speakers, String evidence) {

    static final Attribution REPORTED = new Attribution(List.of(), "reported by the media");

    /** The mentions as they are written in the sentence, quoted: “Brussels”, “the EU”. */
    static String quoteNames(String sentence, List<Mention> mentions) {
        return String.join(", ", mentions.stream().map(m -> "“" + sentence.substring(m.start(), m.end()) + "”").distinct().toList());
    }

    static String names(List<Actor> actors) {
        return String.join(" and ", actors.stream().map(Actor::name).toList());
    }
}
