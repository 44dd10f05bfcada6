package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.List;

import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;

/**
 * Writes a passage's extract (the actors that speak in it and its attributed sentences) as the text
 * stored with the passage in the index, and reads it back. One line per item, tab-separated:
 * <pre>
 * K  key                                the extraction that wrote it (stale when the key changes)
 * A  name  kind  alias|alias            an actor speaking in the passage
 * S  start  end  speaker|speaker  why   an attributed sentence, at [start, end) of the passage
 * </pre>
 */
final class StatementCodec {

    /** What a passage's stored extract says. */
    record Extract(String key, List<Actor> actors, List<Statement> statements) {

        Extract {
            actors = List.copyOf(actors);
            statements = List.copyOf(statements);
        }
    }

    private StatementCodec() {
    }

    static String encode(String key, List<Actor> actors, List<Statement> statements) {
        StringBuilder out = new StringBuilder("K\t").append(clean(key)).append('\n');
        for (Actor a : actors) {
            out.append("A\t").append(clean(a.name())).append('\t').append(a.kind().name()).append('\t')
                    .append(String.join("|", a.aliases().stream().map(StatementCodec::clean).toList())).append('\n');
        }
        for (Statement s : statements) {
            out.append("S\t").append(s.span().start()).append('\t').append(s.span().end()).append('\t')
                    .append(String.join("|", s.speakers().stream().map(StatementCodec::clean).toList())).append('\t')
                    .append(clean(s.evidence() == null ? "" : s.evidence())).append('\n');
        }
        return out.toString();
    }

    /** The extract of a passage; {@code null} text (nothing stored) reads as an extract with no key. */
    static Extract decode(Passage passage, String text) {
        if (text == null || text.isEmpty()) {
            return new Extract("", List.of(), List.of());
        }
        String key = "";
        List<Actor> actors = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "K" -> key = f[1];
                case "A" -> actors.add(new Actor(f[1], Actor.Kind.valueOf(f[2]), f[3].isEmpty() ? List.of() : List.of(f[3].split("\\|"))));
                case "S" -> statements.add(new Statement(passage,
                        new Sentences.Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])), List.of(f[3].split("\\|")), f[4]));
                default -> throw new IllegalArgumentException("unreadable statements of passage " + passage.id() + ": " + line);
            }
        }
        return new Extract(key, actors, statements);
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('|', '/');
    }
}
