package dev.footnote.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.text.EntityType;

/** A referring word of a follow-up, where it is, and which names it can stand for. */
record Pronoun(String word, int start, int end, boolean possessive) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "these", "those");
    /** After "her", these words make it an object ("about her?") rather than a possessive ("her husband"). */
    private static final Set<String> NOT_A_NOUN = Set.of("in", "on", "at", "to", "for", "with", "by", "about", "from",
            "and", "or", "as", "than", "when", "after", "before");

    /** The first referring word of a question, or "that" ending it. */
    static Optional<Pronoun> first(String question, Set<String> referring, Set<String> possessives, Pattern thatAtEnd) {
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (referring.contains(w)) {
                boolean possessive = possessives.contains(w) || w.equals("her") && nounFollows(question, m.end());
                return Optional.of(new Pronoun(w, m.start(), m.end(), possessive));
            }
        }
        Matcher that = thatAtEnd.matcher(question);
        if (that.find()) {
            return Optional.of(new Pronoun("that", that.start(), that.start() + 4, false));
        }
        return Optional.empty();
    }

    private static boolean nounFollows(String question, int from) {
        Matcher next = WORD.matcher(question);
        return next.find(from) && !NOT_A_NOUN.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /** Whether a name of this type can be what the word points at: "he" a person, "it" no person, "there" a place. */
    boolean fits(EntityType type) {
        if (PERSONAL.contains(word)) {
            return type == EntityType.PERSON || type == EntityType.NAME;
        }
        if (word.equals("it") || word.equals("its")) {
            return type != EntityType.PERSON;
        }
        if (word.equals("there")) {
            return type == EntityType.PLACE || type == EntityType.NAME;
        }
        return true;
    }

    /**
     * The name this word stands for, trying in turn what fits it best: a person pronoun the person the
     * previous answer named, then the question's names; "it" the name the question was about, then the
     * answer's name, then the question's noun phrases; "they" several names of the question together or a
     * plural name; "there" a place. Names the follow-up itself holds are skipped.
     */
    Optional<String> resolve(Referents.Candidates c, List<String> own) {
        List<Referent> order = new ArrayList<>();
        Optional<Referent> named = c.shortAnswer();
        if (PERSONAL.contains(word)) {
            named.filter(r -> r.type() == EntityType.PERSON).ifPresent(order::add);
            order.addAll(c.questionNames());
            named.ifPresent(order::add);
            order.addAll(c.answerNames());
        } else if (PLURAL.contains(word)) {
            if (c.questionNames().size() >= 2) {
                String together = String.join(" and ", c.questionNames().stream().map(Referent::text).toList());
                order.add(new Referent(together, EntityType.NAME, false, false));
            }
            named.filter(Pronoun::looksPlural).ifPresent(order::add);
            c.questionNames().stream().filter(Pronoun::looksPlural).forEach(order::add);
            order.addAll(c.questionNames());
            named.ifPresent(order::add);
            order.addAll(c.questionPhrases());
        } else if (word.equals("there")) {
            named.filter(r -> r.type() == EntityType.PLACE).ifPresent(order::add);
            c.questionNames().stream().filter(r -> r.type() == EntityType.PLACE).forEach(order::add);
            order.addAll(c.questionNames());
            named.ifPresent(order::add);
        } else {
            order.addAll(c.questionNames());
            named.ifPresent(order::add);
            order.addAll(c.questionPhrases());
            order.addAll(c.answerNames());
        }
        return order.stream().filter(r -> fits(r.type()))
                .filter(r -> own.stream().noneMatch(o -> o.equalsIgnoreCase(r.text())))
                .map(Referent::text).findFirst();
    }

    private static boolean looksPlural(Referent r) {
        String last = r.text().substring(r.text().lastIndexOf(' ') + 1);
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss");
    }

    /** The question with this word replaced by the name ("its" → "Harvard's", "there" → "in Kenya"). */
    String replaceWith(String question, String name) {
        String replacement = possessive ? name + "'s" : word.equals("there") ? "in " + name : name;
        return question.substring(0, start) + replacement + question.substring(end);
    }
}
