package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.TextAnalyzer;

/**
 * Finds the actors of a corpus in two passes: first spot candidate names that no list knows (people
 * with titles, organisations, acronyms) and merge a bare surname into the full name it belongs to
 * ({@code President Vucic} into {@code Aleksandar Vucic}); then attribute each sentence to its speakers.
 * Only candidates found speaking become actors; news agencies never do.
 */
public final class ActorDetector {

    /** Tokens, tags and entities; the chunker is not needed to find names. */
    private static final TextAnalyzer ANALYZER = TextAnalyzer.english().withoutChunks();

    public ActorCatalog detect(List<Passage> passages, Gazetteer base) {
        Gazetteer gazetteer = base.copy();
        spotNames(passages, gazetteer);
        List<Actor> known = gazetteer.actors();
        StatementAttributor attributor = new StatementAttributor(new AliasMatcher(known),
                a -> a.kind() != Actor.Kind.MEDIA && !gazetteer.isIgnored(a.name()));
        List<Statement> statements = new ArrayList<>();
        passages.forEach(p -> statements.addAll(attributor.attribute(p)));

        Map<String, Actor> byName = new LinkedHashMap<>();
        known.forEach(a -> byName.put(a.name(), a));
        Set<String> speaking = new LinkedHashSet<>();
        statements.forEach(s -> speaking.addAll(s.speakers()));
        List<Actor> actors = speaking.stream().map(byName::get).toList();

        StringBuilder text = new StringBuilder();
        for (Passage p : passages) {
            text.append(p.text()).append('\n');
            if (p.source() != null) {
                text.append(p.source()).append('\n');
            }
        }
        return new ActorCatalog(actors, statements, known, text.toString());
    }

    /** Adds the names spotted in the corpus to the gazetteer; a lone surname joins its full name. */
    private static void spotNames(List<Passage> passages, Gazetteer gazetteer) {
        Map<String, NameSpotter.Candidate> candidates = new LinkedHashMap<>();
        Set<String> lowerCase = new HashSet<>();
        for (Passage p : passages) {
            Words.of(p.text()).stream().filter(w -> !w.capitalised()).forEach(w -> lowerCase.add(w.lower()));
        }
        List<Map.Entry<String, AnalyzedSentence>> sentences = new ArrayList<>();
        for (Passage p : passages) {
            for (String piece : p.source() == null ? List.of(p.text()) : List.of(p.text(), p.source())) {
                ANALYZER.analyze(piece).sentences().forEach(s -> sentences.add(Map.entry(piece, s)));
            }
        }
        Set<String> midSentence = new HashSet<>();
        for (Map.Entry<String, AnalyzedSentence> s : sentences) {
            s.getValue().tokens().stream()
                    .filter(t -> t.isProperNoun() && !NameSpotter.clauseInitial(s.getValue(), t.start()))
                    .forEach(t -> midSentence.add(Folding.fold(t.text(), true)));
        }
        NameSpotter.DocumentWords words = new NameSpotter.DocumentWords(lowerCase, midSentence);
        for (Map.Entry<String, AnalyzedSentence> s : sentences) {
            for (NameSpotter.Candidate c : NameSpotter.fromEntities(s.getKey(), s.getValue(), words)) {
                // A known name is still added: the forms the corpus uses become aliases of the known actor.
                if (gazetteer.isIgnored(c.name())) {
                    continue;
                }
                candidates.merge(Folding.key(c.name()), c, (a, b) -> a.kind() == Actor.Kind.UNKNOWN ? b : a);
            }
        }
        Map<String, List<String>> surnames = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        // The full names by surname, once: looking them up per candidate keeps a long document linear.
        Map<String, List<NameSpotter.Candidate>> bySurname = new LinkedHashMap<>();
        candidates.values().stream().filter(c -> c.name().contains(" ") && c.kind() != Actor.Kind.ORGANISATION)
                .forEach(f -> bySurname.computeIfAbsent(surname(f.name()), k -> new ArrayList<>()).add(f));
        Set<String> lone = new HashSet<>();
        for (NameSpotter.Candidate c : candidates.values()) {
            // A known name ("American", "Washington") is nobody's surname: "South American" is not the United States.
            if (c.name().contains(" ") || gazetteer.find(c.name()).isPresent()) {
                continue;
            }
            // A surname alone is the person only when exactly one person of the document bears it.
            List<NameSpotter.Candidate> bearers = bySurname.getOrDefault(Folding.key(c.name()), List.of());
            if (bearers.size() == 1) {
                surnames.computeIfAbsent(bearers.get(0).name(), k -> new ArrayList<>()).add(c.name());
                lone.add(c.name());
            } else if (bearers.size() > 1) {
                // "Clinton" with two Clintons in the document is neither of them, and no actor of its own.
                ambiguous.add(c.name());
            }
        }
        for (NameSpotter.Candidate c : candidates.values()) {
            if (ambiguous.contains(c.name()) || lone.contains(c.name())) {
                continue;
            }
            List<String> aliases = new ArrayList<>(surnames.getOrDefault(c.name(), List.of()));
            String last = c.name().substring(c.name().lastIndexOf(' ') + 1);
            boolean sharedSurname = bySurname.getOrDefault(Folding.key(last), List.of()).size() > 1;
            if (c.kind() == Actor.Kind.PERSON && c.name().contains(" ") && !sharedSurname) {
                // A person is called by the surname alone after the first mention, unless two people share it.
                aliases.add(last);
            }
            Actor.Kind kind = c.kind() == Actor.Kind.UNKNOWN && !surnames.getOrDefault(c.name(), List.of()).isEmpty()
                    ? Actor.Kind.PERSON : c.kind();
            gazetteer.addDetected(new Actor(c.name(), kind, aliases));
        }
    }

    private static String surname(String fullName) {
        return Folding.key(fullName.substring(fullName.lastIndexOf(' ') + 1)).toLowerCase(Locale.ROOT);
    }
}
