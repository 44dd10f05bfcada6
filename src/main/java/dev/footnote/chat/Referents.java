package dev.footnote.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.ShortAnswer;
import dev.footnote.text.AnalyzedText;
import dev.footnote.text.Chunk;
import dev.footnote.text.Entity;
import dev.footnote.text.EntityType;
import dev.footnote.text.TextAnalyzer;
import dev.footnote.text.Token;

/**
 * What a follow-up may point back at, from the previous turn: the names its question is about (not
 * those that only narrow the asked-for thing, as "Florida" in "Which Florida city…?", nor a setting
 * such as "in the US"), its noun phrases, the name the previous answer gave (its short answer) and
 * the other names of that answer's first quote.
 */
final class Referents {

    /** "which"/"what" followed by names before the noun asked for: those names narrow it, they are not the topic. */
    private static final Pattern WH_MODIFIER = Pattern.compile("\\b(?:[Ww]hich|[Ww]hat)\\s+((?:the\\s+)?(?:\\p{Lu}[\\p{L}\\d'’-]*\\s+)+)");
    /** "In what borough of New York City…": the name narrows the asked-for thing too. */
    private static final Pattern WH_PART_OF = Pattern.compile("\\b[Ww](?:hich|hat)\\s+\\p{Ll}+\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}\\S*\\s+)+)");
    private static final Pattern SETTING = Pattern.compile("(?i)\\b(?:in|across|throughout)\\s+(?:the\\s+)?$");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "whom", "whose", "when", "where",
            "why", "how");

    /**
     * @param questionNames   names the previous question is about, in order
     * @param questionPhrases noun phrases of the previous question that are not question words or names
     * @param shortAnswer     the name the previous answer gave, if it gave one
     * @param answerNames     other names of the previous answer's first quote, not already in the question
     */
    record Candidates(List<Referent> questionNames, List<Referent> questionPhrases, Optional<Referent> shortAnswer,
                      List<Referent> answerNames) {
    }

    private final TextAnalyzer analyzer;

    Referents(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    Candidates of(Turn previous) {
        String question = previous.retrievalQuery();
        AnalyzedText analyzed = analyzer.analyze(question);
        List<Referent> names = questionNames(question, analyzed);
        List<Referent> phrases = questionPhrases(question, analyzed, names);
        List<Referent> answer = answerNames(previous.answer(), names);
        Optional<Referent> definite = answer.stream().filter(Referent::definite).findFirst();
        return new Candidates(names, phrases, definite, answer.stream().filter(r -> !r.definite()).toList());
    }

    private static List<Referent> questionNames(String question, AnalyzedText analyzed) {
        List<Referent> found = new ArrayList<>();
        String modifiers = "";
        for (Pattern pattern : List.of(WH_MODIFIER, WH_PART_OF)) {
            Matcher wh = pattern.matcher(question);
            if (wh.find()) {
                modifiers += wh.group(1) + " ";
            }
        }
        modifiers = modifiers.strip();
        List<Entity> entities = analyzed.entities().stream().filter(e -> e.type().isName()).toList();
        // Capitalised runs first (they keep "Wars of Religion" whole); then names the analyser found inside no run.
        List<String> names = new ArrayList<>(RuleBasedCondenser.entities(question));
        for (Entity e : entities) {
            names.replaceAll(n -> e.text().contains(n) ? e.text() : n); // "Super Bowl" → "Super Bowl 50"
            if (names.stream().noneMatch(n -> n.contains(e.text()))) {
                names.add(e.text());
            }
        }
        names = names.stream().distinct().toList();
        for (String name : names) {
            int at = question.indexOf(name);
            EntityType type = entities.stream().filter(e -> name.contains(e.text()) || e.text().contains(name))
                    .map(Entity::type).findFirst().orElse(EntityType.NAME);
            boolean modifier = !modifiers.isEmpty() && modifiers.contains(name);
            boolean possessive = at >= 0 && question.startsWith("'s", at + name.length());
            boolean setting = at >= 0 && !possessive && (type == EntityType.PLACE || type == EntityType.NAME)
                    && SETTING.matcher(question.substring(0, at)).find();
            if (!modifier && !setting) {
                found.add(new Referent(name.replaceAll("['’]s$", ""), type, false, false));
            }
        }
        return found;
    }

    private static List<Referent> questionPhrases(String question, AnalyzedText analyzed, List<Referent> names) {
        List<Referent> found = new ArrayList<>();
        for (var sentence : analyzed.sentences()) {
            for (Chunk chunk : sentence.nounPhrases()) {
                int from = chunk.firstToken();
                while (from < chunk.endToken() && isFunctionWord(sentence.tokens().get(from))) {
                    from++;
                }
                if (from == chunk.endToken()) {
                    continue;
                }
                String phrase = question.substring(sentence.tokens().get(from).start(), chunk.end());
                if (names.stream().noneMatch(n -> n.text().equalsIgnoreCase(phrase))) {
                    // "the atomic number of oxygen": the phrase after "of" is what the question is about.
                    boolean afterOf = chunk.firstToken() > 0
                            && sentence.tokens().get(chunk.firstToken() - 1).text().equalsIgnoreCase("of");
                    found.add(afterOf ? 0 : found.size(), new Referent(phrase, EntityType.NAME, false, false));
                }
            }
        }
        return found;
    }

    private static boolean isFunctionWord(Token token) {
        return token.tag().equals("DT") || token.tag().startsWith("W") || token.tag().startsWith("PRP")
                || QUESTION_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** The short answer if it is a name (marked definite), then the first quote's other names not in the question. */
    private List<Referent> answerNames(CitedAnswer answer, List<Referent> questionNames) {
        List<Referent> found = new ArrayList<>();
        if (answer == null || !answer.grounded() || answer.citations().isEmpty()) {
            return found;
        }
        Citation first = answer.citations().get(0);
        AnalyzedText quote = analyzer.withoutChunks().analyze(first.quote());
        ShortAnswer shortAnswer = answer.shortAnswer();
        if (shortAnswer != null && shortAnswer.marker() == first.marker()) {
            int start = shortAnswer.start() - first.start();
            int end = shortAnswer.end() - first.start();
            quote.entities().stream().filter(e -> e.type().isName() && e.start() < end && e.end() > start).findFirst()
                    .ifPresent(e -> found.add(new Referent(e.text(), e.type(), true, true)));
        }
        for (Entity e : quote.entities()) {
            if (e.type().isName() && found.stream().noneMatch(r -> r.text().equals(e.text()))
                    && questionNames.stream().noneMatch(q -> overlaps(q.text(), e.text()))) {
                found.add(new Referent(e.text(), e.type(), true, false));
            }
        }
        return found;
    }

    private static boolean overlaps(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }
}
