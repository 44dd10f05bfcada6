package dev.footnote.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.footnote.corpus.Passage;
import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.AnalyzedText;
import dev.footnote.text.EntityType;
import dev.footnote.text.ResourceLines;
import dev.footnote.text.TextAnalyzer;
import dev.footnote.text.Token;

/**
 * Questions a person would ask of a passage, read off the shape of its sentences: an actor's
 * statement ("The EU urged restraint." gives "What did the EU say about restraint?" and "Who urged
 * restraint?"), a dated event ("The lighthouse was painted in 1911." gives "When was the lighthouse
 * painted?") and a defined name ("Kosovo is a landlocked country" gives "What is Kosovo?"). Each is
 * only a candidate: {@link ExampleQuestions} asks it of Footnote and keeps it only if it is answered well.
 */
final class ExampleCandidates {

    /** What a candidate asks for. */
    enum Kind { SAID, WHO, WHEN, WHAT_IS }

    /**
     * A candidate question.
     *
     * @param topic     the name it is about, shown with the example
     * @param expected  what a good answer quotes: the actor, the date, the defined name
     * @param passageId the passage it was read from
     */
    record Candidate(Kind kind, String question, String topic, String expected, String passageId, String documentId) {
    }

    private static final Set<String> SPEECH_VERBS = Set.copyOf(ResourceLines.read("dev/footnote/chat/speech-verbs.txt"));
    static final Set<String> FUNCTION_WORDS = Set.copyOf(ResourceLines.read("dev/footnote/chat/function-words.txt"));
    /** Verbs that are not an event of their own: "X was", "X had", "X did". */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "had", "has", "have", "did", "does", "do");
    /** The longest subject read, in tokens: longer ones are clauses, not names. */
    private static final int MAX_SUBJECT_TOKENS = 10;
    /** The longest object of a "Who …?" question, in tokens: past it the question reads as a quote. */
    private static final int MAX_OBJECT_TOKENS = 10;
    /** Sentences read per passage: the first ones say what it is about. */
    private static final int SENTENCES_PER_PASSAGE = 4;

    private final TextAnalyzer analyzer;

    ExampleCandidates(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Candidate> of(Passage passage) {
        AnalyzedText text = analyzer.analyze(passage.text());
        List<Candidate> candidates = new ArrayList<>();
        List<AnalyzedSentence> sentences = text.sentences();
        for (int i = 0; i < Math.min(SENTENCES_PER_PASSAGE, sentences.size()); i++) {
            candidates.addAll(of(passage, sentences.get(i)));
        }
        return candidates;
    }

    private List<Candidate> of(Passage passage, AnalyzedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        String text = passage.text();
        int end = subjectEnd(tokens, word -> capitalizedInside(text, word));
        if (end < 0 || end >= tokens.size() - 1) {
            return List.of();
        }
        String subject = span(text, tokens, 0, end);
        List<Candidate> out = new ArrayList<>();
        int verbAt = tokens.get(end).tag().equals("RB") ? end + 1 : end;
        Token verb = tokens.get(verbAt);
        String verbWord = verb.text().toLowerCase(Locale.ROOT);
        boolean coordinated = tokens.subList(0, end).stream().anyMatch(t -> t.tag().equals("CC"));
        if (verb.tag().equals("VBD") && !AUXILIARIES.contains(verbWord)) {
            String actor = headName(text, tokens, end);
            if (actor != null && SPEECH_VERBS.contains(verbWord)) {
                String about = firstNounPhrase(text, tokens, verbAt + 1);
                if (about != null && !about.equalsIgnoreCase(actor)) {
                    String who = ExampleQuestions.withArticle(actor);
                    out.add(candidate(Kind.SAID, "What did " + who + " say about " + about + "?", actor, actor, passage));
                }
            }
            String object = object(text, tokens, verbAt + 1);
            if (actor != null && object != null) {
                out.add(candidate(Kind.WHO, "Who " + verb.text() + " " + object + "?", actor, actor, passage));
            }
        }
        if (coordinated || end + 1 >= tokens.size()) {
            return out;
        }
        Token next = tokens.get(end + 1);
        if ((verbWord.equals("was") || verbWord.equals("were")) && verb == tokens.get(end) && next.tag().equals("VBN")) {
            sentence.entities().stream()
                    .filter(e -> e.type() == EntityType.DATE && e.start() > next.end() && e.text().chars().anyMatch(Character::isDigit))
                    .findFirst()
                    .ifPresent(date -> out.add(candidate(Kind.WHEN, "When " + verbWord + " " + lowerArticle(subject) + " "
                            + next.text() + "?", bare(subject), date.text(), passage)));
        }
        if ((verbWord.equals("is") || verbWord.equals("was")) && verb == tokens.get(end) && next.tag().equals("DT")
                && !tokens.get(0).tag().equals("DT")) {
            boolean person = sentence.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() <= tokens.get(0).start()
                    && e.end() >= tokens.get(end - 1).end());
            out.add(candidate(Kind.WHAT_IS, (person ? "Who " : "What ") + verbWord + " " + subject + "?", subject, subject, passage));
        }
        return out;
    }

    /** Whether {@code word} is written with its capital after another word of {@code text}, where a capital means a name. */
    private static boolean capitalizedInside(String text, String word) {
        return java.util.regex.Pattern.compile("[\\p{L}\\p{N},;]\\s+" + java.util.regex.Pattern.quote(word) + "\\b").matcher(text).find();
    }

    private static Candidate candidate(Kind kind, String question, String topic, String expected, Passage passage) {
        return new Candidate(kind, question, topic, expected, passage.id(), passage.documentId());
    }

    /**
     * Where the sentence's subject ends (exclusive), when it opens with a name: an optional "The",
     * then nouns and adjectives ("of" and "and" between them) of which one is a proper noun, the last a
     * noun; -1 when the sentence opens otherwise ("However, …", "In 1911 …", "It …").
     */
    static int subjectEnd(List<Token> tokens, java.util.function.Predicate<String> nameElsewhere) {
        int i = 0;
        if (!tokens.isEmpty() && tokens.get(0).text().equalsIgnoreCase("the")) {
            i = 1;
        }
        int lastNoun = -1;
        boolean proper = false;
        for (; i < Math.min(tokens.size(), MAX_SUBJECT_TOKENS + 1); i++) {
            Token t = tokens.get(i);
            String word = t.text().toLowerCase(Locale.ROOT);
            if (t.isNoun() || t.tag().equals("JJ")) {
                if (t.isNoun()) {
                    lastNoun = i;
                }
                // A capital at the start of a sentence proves nothing ("Minor amendments were made"): the word must be
                // written so inside a sentence too.
                proper |= t.isProperNoun() && !FUNCTION_WORDS.contains(word) && (i > 0 || nameElsewhere.test(t.text()));
            } else if (!(word.equals("of") || word.equals("and") || word.equals("the")) || lastNoun < 0) {
                break;
            }
        }
        if (!proper || lastNoun < 0 || lastNoun + 1 != i || FUNCTION_WORDS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))
                && !tokens.get(0).text().equalsIgnoreCase("the")) {
            return -1;
        }
        return i;
    }

    /**
     * Who the subject names: its last run of proper nouns ("Former Defense Minister Milos Vucevic" is
     * "Milos Vucevic", "The United States and the European Union" the European Union); null when that
     * is no name to ask about.
     */
    private static String headName(String text, List<Token> tokens, int end) {
        int last = end - 1;
        while (last >= 0 && !tokens.get(last).isProperNoun()) {
            last--;
        }
        int first = last;
        while (first > 0 && tokens.get(first - 1).isProperNoun()) {
            first--;
        }
        return last < 0 ? null : topicOrNull(span(text, tokens, first, last + 1));
    }

    /** The first noun phrase after {@code from} ("the armed forces"), with "the" kept in lower case; null when none is near. */
    private static String firstNounPhrase(String text, List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + MAX_OBJECT_TOKENS); i++) {
            if (tokens.get(i).isNoun() && !FUNCTION_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                int first = i;
                while (first > from && (tokens.get(first - 1).tag().equals("JJ") || tokens.get(first - 1).isNoun())) {
                    first--;
                }
                int last = i;
                while (last + 1 < tokens.size() && tokens.get(last + 1).isNoun()) {
                    last++;
                }
                String phrase = span(text, tokens, first, last + 1);
                // "the", "a" and "an" stay with the phrase, in lower case: "about a public viewing night".
                String article = first > from && tokens.get(first - 1).tag().equals("DT")
                        && Set.of("the", "a", "an").contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))
                        ? tokens.get(first - 1).text().toLowerCase(Locale.ROOT) + " " : "";
                boolean acronymAlone = first == last && phrase.length() > 1 && phrase.equals(phrase.toUpperCase(Locale.ROOT));
                return acronymAlone ? null : article + phrase;
            }
        }
        return null;
    }

    /**
     * What follows the verb up to the end of its phrase, ending on a noun: "a joint communique" of "…
     * issued a joint communique urging restraint and …"; null when it is a clause ("that …"), holds a
     * pronoun, or runs too long.
     */
    private static String object(String text, List<Token> tokens, int from) {
        // "that …" is a clause, "to …" another verb ("came to reject"): neither reads as what was done.
        if (from >= tokens.size() || tokens.get(from).text().equalsIgnoreCase("that") || tokens.get(from).tag().equals("TO")) {
            return null;
        }
        int end = from;
        while (end < tokens.size() && end - from < MAX_OBJECT_TOKENS) {
            Token t = tokens.get(end);
            if (t.tag().startsWith("PRP") || t.tag().startsWith("W")) {
                return null;
            }
            // A comma, a conjunction, a participle or "that" starts another phrase: the object ends before it.
            if (!Character.isLetterOrDigit(t.text().charAt(0)) && !t.text().startsWith("'") || t.tag().equals("CC")
                    || t.tag().equals("VBG") || t.text().equalsIgnoreCase("that")) {
                break;
            }
            end++;
        }
        if (end < tokens.size() && end - from >= MAX_OBJECT_TOKENS && Character.isLetterOrDigit(tokens.get(end).text().charAt(0))) {
            return null;
        }
        while (end > from && !(tokens.get(end - 1).isNoun() || tokens.get(end - 1).isNumber())) {
            end--;
        }
        if (end == from || tokens.subList(from, end).stream().noneMatch(Token::isNoun)) {
            return null;
        }
        return span(text, tokens, from, end);
    }

    private static String span(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** "The Tarnwick lighthouse" as it reads inside a question: "the Tarnwick lighthouse". */
    private static String lowerArticle(String subject) {
        return subject.startsWith("The ") ? "the " + subject.substring(4) : subject;
    }

    private static String bare(String subject) {
        return subject.startsWith("The ") || subject.startsWith("the ") ? subject.substring(4) : subject;
    }

    /** A name worth asking about: not a function word, not an acronym alone, not starting in lower case. */
    static String topicOrNull(String name) {
        return isTopic(name) ? name : null;
    }

    static boolean isTopic(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String[] words = name.strip().split("\\s+");
        Set<String> lower = new HashSet<>();
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        boolean acronymAlone = words.length == 1 && words[0].length() > 1 && words[0].equals(words[0].toUpperCase(Locale.ROOT));
        return !acronymAlone && !FUNCTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
                && !FUNCTION_WORDS.containsAll(lower) && Character.isUpperCase(name.strip().charAt(0));
    }
}
