package dev.footnote.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.text.Sentences;
import dev.footnote.text.ResourceLines;

/**
 * The sentences of a submitted text that may state something, with offsets into it: Markdown headings, list markers,
 * table rules, short lines without a full stop (titles) and greetings ("Dear team,", "Best regards") are left out.
 * A paragraph's lines are one block (a sentence may wrap), but a heading or a list item starts a new one.
 */
final class CheckableSentences {

    /** A Markdown heading ("# Title"), a setext underline ("====", "----") or a table rule ("|---|"). */
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(?:#{1,6}(?:\\s|$)|[=\\-]{3,}\\s*$|\\|?[\\s:|-]+\\|[\\s:|-]*$)");
    /** A list item's marker ("- ", "* ", "1. ", "2) ") or a quote marker ("> "): the sentence starts after it. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)]|>)\\s+");
    /** Words of a sentence, for telling greetings and titles. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private static final Set<String> GREETINGS = Set.copyOf(ResourceLines.read("dev/footnote/check/greetings.txt"));

    private final int headingWords;

    CheckableSentences(int headingWords) {
        this.headingWords = headingWords;
    }

    /** The candidate sentences, in text order. */
    List<Sentences.Span> split(String text) {
        List<Sentences.Span> spans = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            Matcher item = ITEM.matcher(line);
            boolean isItem = item.lookingAt();
            boolean blank = line.isBlank();
            boolean heading = !blank && HEADING.matcher(line).find();
            if (blank || heading || isItem) {
                addBlock(text, blockStart, blockEnd, spans);
                blockStart = -1;
            }
            if (!blank && !heading) {
                if (blockStart < 0) {
                    blockStart = lineStart + (isItem ? item.end() : 0);
                }
                blockEnd = lineEnd;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        addBlock(text, blockStart, blockEnd, spans);
        return spans;
    }

    private void addBlock(String text, int start, int end, List<Sentences.Span> spans) {
        if (start < 0 || end <= start) {
            return;
        }
        String block = text.substring(start, end);
        List<Sentences.Span> inBlock = Sentences.split(block);
        if (inBlock.size() == 1 && looksLikeTitle(inBlock.get(0).of(block))) {
            return;
        }
        for (Sentences.Span s : inBlock) {
            if (!isGreeting(s.of(block))) {
                spans.add(new Sentences.Span(start + s.start(), start + s.end()));
            }
        }
    }

    /** A short line that does not end as a sentence does: a title or a label. */
    private boolean looksLikeTitle(String line) {
        String stripped = line.strip();
        char last = stripped.charAt(stripped.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '"' && last != '”' && words(stripped).size() <= headingWords;
    }

    /** A greeting or a closing, alone or followed by names ("Dear Ms Marsh,", "Kind regards, Dana"). */
    static boolean isGreeting(String sentence) {
        List<String> words = words(sentence);
        if (words.isEmpty()) {
            return true;
        }
        for (int n = Math.min(3, words.size()); n >= 1; n--) {
            String opening = String.join(" ", words.subList(0, n)).toLowerCase(Locale.ROOT);
            if (GREETINGS.contains(opening)) {
                // What follows may only be names (capitalised words) or "all", "everyone", "team".
                return words.subList(n, words.size()).stream().allMatch(w -> Character.isUpperCase(w.charAt(0))
                        || Set.of("all", "everyone", "team", "you", "so", "much", "again", "for", "reading").contains(w.toLowerCase(Locale.ROOT)))
                        && words.size() <= n + 4;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text).results().map(m -> m.group()).toList();
    }
}
