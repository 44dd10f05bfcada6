package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * A document's summary ({@link #summarise}), kept by the index beside its document record, is one line per speaker:
 * <pre>
 * A  name  kind  alias|alias  count    a speaker of the document, in order of its first statement, and its statements
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

    /** One speaker of a document's summary: the actor as the document's extracts name it, and its statements there. */
    record Speaker(Actor actor, int statements) {
    }

    /**
     * The summary of one document's extracts (its passages in reading order): every speaker once, in order of its
     * first statement, merged over the passages, with how many statements speak for it; empty when none does.
     */
    static String summarise(List<Extract> document) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Extract e : document) {
            e.actors().forEach(a -> actors.merge(a.name(), a, StatementCodec::merge));
            e.statements().forEach(s -> s.speakers().stream().distinct().forEach(n -> counts.merge(n, 1, Integer::sum)));
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((name, count) -> {
            Actor a = actors.getOrDefault(name, new Actor(name, Actor.Kind.UNKNOWN, List.of()));
            out.append("A\t").append(clean(a.name())).append('\t').append(a.kind().name()).append('\t')
                    .append(String.join("|", a.aliases().stream().map(StatementCodec::clean).toList())).append('\t')
                    .append(count).append('\n');
        });
        return out.toString();
    }

    /** The speakers of a document's summary, in its order. */
    static List<Speaker> speakers(String summary) {
        List<Speaker> speakers = new ArrayList<>();
        for (String line : summary.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!"A".equals(f[0]) || f.length < 5) {
                throw new IllegalArgumentException("unreadable document summary: " + line);
            }
            speakers.add(new Speaker(new Actor(f[1], Actor.Kind.valueOf(f[2]), f[3].isEmpty() ? List.of() : List.of(f[3].split("\\|"))),
                    Integer.parseInt(f[4])));
        }
        return speakers;
    }

    /** Two mentions of one actor: the first known kind, every alias. */
    static Actor merge(Actor a, Actor b) {
        java.util.Set<String> aliases = new java.util.LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        return new Actor(a.name(), a.kind() == Actor.Kind.UNKNOWN ? b.kind() : a.kind(), List.copyOf(aliases));
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('|', '/');
    }
}
