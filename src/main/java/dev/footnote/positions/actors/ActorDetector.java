package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.HashMap;
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

        return new ActorCatalog(actors, statements, known, CorpusMentions.inText(passages));
    }

    /** Adds the names spotted in the corpus to the gazetteer; a lone surname joins its full name. */
    private static void spotNames(List<Passage> passages, Gazetteer gazetteer) {
        Map<String, NameSpotter.Candidate> candidates = new LinkedHashMap<>();
        Set<String> lowerCase = new HashSet<>();
        Map<String, Integer> lowerMinusCapital = new HashMap<>();
        for (Passage p : passages) {
            for (Words.Word w : Words.of(p.text())) {
                if (!w.capitalised()) {
                    lowerCase.add(w.lower());
                }
                lowerMinusCapital.merge(w.lower(), w.capitalised() ? -1 : 1, Integer::sum);
            }
        }
        Set<String> mostlyLowerCase = new HashSet<>();
        lowerMinusCapital.forEach((w, n) -> {
            if (n >= 0 && lowerCase.contains(w)) {
                mostlyLowerCase.add(w);
            }
        });
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
        NameSpotter.DocumentWords words = new NameSpotter.DocumentWords(lowerCase, midSentence, mostlyLowerCase);
        for (Map.Entry<String, AnalyzedSentence> s : sentences) {
            for (NameSpotter.Candidate c : NameSpotter.fromEntities(s.getKey(), s.getValue(), words)) {
                // A known name is still added: the forms the corpus uses become aliases of the known actor.
                if (gazetteer.isIgnored(c.name())) {
                    continue;
                }
                candidates.merge(Folding.key(c.name()), c, (a, b) -> a.kind() == Actor.Kind.UNKNOWN ? b : a);
            }
        }
        // "Fully Informed Jury Association (FIJA)": the acronym is another name of the full name, not an actor of its own.
        Map<String, String> acronyms = new LinkedHashMap<>();
        for (Passage p : passages) {
            for (String piece : p.source() == null ? List.of(p.text()) : List.of(p.text(), p.source())) {
                AcronymDefinitions.in(piece).forEach((name, acronym) -> {
                    if (!gazetteer.isIgnored(name) && !gazetteer.isIgnored(acronym)) {
                        acronyms.putIfAbsent(Folding.key(name), acronym);
                        candidates.putIfAbsent(Folding.key(name), new NameSpotter.Candidate(name, Actor.Kind.ORGANISATION));
                    }
                });
            }
        }
        // "…Fully Informed Jury Association activists… according to FIJA": an acronym the document never defines is
        // the one multi-word name of the document whose initials it spells, if there is exactly one.
        Map<String, List<String>> byInitials = new LinkedHashMap<>();
        candidates.values().stream().filter(c -> c.name().contains(" "))
                .forEach(c -> byInitials.computeIfAbsent(AcronymDefinitions.initials(c.name()), k -> new ArrayList<>()).add(c.name()));
        for (NameSpotter.Candidate c : List.copyOf(candidates.values())) {
            List<String> spelled = byInitials.getOrDefault(c.name(), List.of());
            if (AliasMatcher.isAcronym(c.name()) && !acronyms.containsValue(c.name()) && spelled.size() == 1
                    && gazetteer.find(c.name()).isEmpty()) {
                acronyms.putIfAbsent(Folding.key(spelled.get(0)), c.name());
            }
        }
        acronyms.values().forEach(a -> candidates.remove(Folding.key(a)));
        // "Dutch", "Catholic", "Jews": words that qualify or count people, not actors (a known demonym is an alias).
        Set<String> groups = GroupWords.of(sentences.stream().map(Map.Entry::getValue).toList());
        candidates.values().removeIf(c -> !c.name().contains(" ") && groups.contains(Folding.key(c.name()))
                && gazetteer.find(c.name()).isEmpty());
        // A capitalised phrase the document also writes in lower case is a title or a heading ("Civil Disobedience",
        // the essay, in a text about civil disobedience), not a name.
        candidates.values().removeIf(c -> c.name().contains(" ") && writtenInLowerCase(passages, c.name()));
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
            if (acronyms.containsKey(Folding.key(c.name()))) {
                aliases.add(acronyms.get(Folding.key(c.name())));
            }
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

    private static boolean writtenInLowerCase(List<Passage> passages, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(name)) {
            return false;
        }
        for (Passage p : passages) {
            for (int at = p.text().indexOf(lower); at >= 0; at = p.text().indexOf(lower, at + 1)) {
                int end = at + lower.length();
                boolean before = at == 0 || !Character.isLetterOrDigit(p.text().charAt(at - 1));
                boolean after = end == p.text().length() || !Character.isLetterOrDigit(p.text().charAt(end));
                if (before && after) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String surname(String fullName) {
        return Folding.key(fullName.substring(fullName.lastIndexOf(' ') + 1)).toLowerCase(Locale.ROOT);
    }
}
