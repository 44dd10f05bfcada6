package dev.footnote.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.footnote.text.ResourceLines;
import dev.footnote.text.TextAnalyzer;
import dev.footnote.text.Token;

/**
 * Which blocks of a parsed document a reader would quote. Titles, memo header lines, signature blocks,
 * running headers and footers, page numbers and lines of a few words without a verb are not answer
 * sentences: quoted alone they win on word overlap ("Subject: Harbor Bridge inspection") and say nothing.
 * {@link PassageSplitter} makes them the context of the passages they belong to instead; page numbers
 * are dropped. A paragraph with a {@code (citation: …)} trailer is always quotable: its author marked it
 * as a statement.
 */
final class BlockRoles {

    /** What a block is to a reader. */
    enum Role {
        /** A paragraph a reader would quote: it becomes passages. */
        BODY,
        /** A marked heading (Word style, HTML {@code <h2>}, Markdown {@code #}): the section of the paragraphs below it. */
        HEADING,
        /** A memo or letter header line ({@code To:}, {@code From:}, {@code Subject:}…). */
        HEADER_LINE,
        /** A closing ("Sincerely,") and the short lines after it: name, title, credentials. */
        SIGNATURE,
        /** A line of a title page: the first page of a paged document when it holds no sentence. */
        TITLE_PAGE,
        /** A short line repeated on several pages: a running header or footer. */
        RUNNING_LINE,
        /** A page number ("Page 3 of 7", "- 3 -"): dropped, it names nothing. */
        PAGE_NUMBER,
        /** A few words without a verb that do not end like a sentence ("Harbor Bridge Inspection Report", "March 2025"). */
        FRAGMENT;

        /** Whether the block belongs to the whole document (every passage's context) rather than to the passage below it. */
        boolean wholeDocument() {
            return this == HEADER_LINE || this == SIGNATURE || this == TITLE_PAGE || this == RUNNING_LINE;
        }
    }

    /** A line of at most this many words without a finite verb, not ending like a sentence, is a fragment. */
    static final int FRAGMENT_MAX_WORDS = 12;
    /** A header line is short: "Subject: …" with a long paragraph after the colon is body text. */
    private static final int HEADER_LINE_MAX_WORDS = 30;
    /** Lines after a closing that are this short are the signature (name, title, office, phone). */
    private static final int SIGNATURE_LINE_MAX_WORDS = 12;
    /** Running headers and footers are short; a repeated long paragraph is kept as text. */
    private static final int RUNNING_LINE_MAX_WORDS = 15;

    private static final List<String> HEADER_LABELS = ResourceLines.read("dev/footnote/corpus/header-fields.txt");
    private static final List<String> CLOSINGS = ResourceLines.read("dev/footnote/corpus/closings.txt");

    /** A header line: one of the labels, then a colon ("Subject: Harbor Bridge inspection", "CC:"). */
    private static final Pattern HEADER_LINE = Pattern.compile("(?i)^\\s*(?:" + alternatives(HEADER_LABELS) + ")\\s*:.*",
            Pattern.DOTALL);
    /** A closing on its own line, with its comma or full stop ("Sincerely,", "Best regards."). */
    private static final Pattern CLOSING = Pattern.compile("(?i)^\\s*(?:" + alternatives(CLOSINGS) + ")\\s*[,.!]?\\s*$");
    /** A closing with the signature run into the same block ("Sincerely, Daniel Kim, City Engineer"). */
    private static final Pattern CLOSING_THEN_NAME = Pattern.compile("(?i)^\\s*(?:" + alternatives(CLOSINGS) + ")\\s*,\\s+\\S.*",
            Pattern.DOTALL);
    /** A page number alone: "3", "Page 3", "p. 3", "Page 3 of 7", "3 / 7", "- 3 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(?:(?:page|pg\\.?|p\\.)?\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—])\\s*$");
    /** Ends like a sentence: a full stop, question or exclamation mark, perhaps inside a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*\\s*$");
    /** Ends in an abbreviation of initials ("P.E.", "Ph.D.", "U.S."), whose full stop does not end a sentence. */
    private static final Pattern INITIALS_END = Pattern.compile("(?:^|[\\s,(])(?:\\p{L}{1,3}\\.){2,}[\"'”’)\\]]*\\s*$");
    /** Digits, so that "Page 3" and "Page 4" of a running footer are the same line. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * Penn tags of a finite verb or modal. Participles (VBN, VBG) are left out: "Recommended Repairs" or
     * "Prepared by the Finance Department" is a heading or a credit line, not a sentence; but see {@link #taggedVerb}.
     */
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VB", "VBD", "VBP", "VBZ", "MD");

    private BlockRoles() {
    }

    /** The role of each block, in the order of {@code parsed.blocks()}. */
    static List<Role> of(ParsedText parsed) {
        List<TextBlock> blocks = parsed.blocks();
        Set<Integer> running = runningLines(parsed);
        boolean titlePage = hasTitlePage(parsed);
        List<Role> roles = new ArrayList<>(blocks.size());
        boolean inSignature = false;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            String text = block.text();
            Role role;
            if (block.heading()) {
                inSignature = false;
                role = Role.HEADING;
            } else if (SourceTrailer.split(text).source() != null) {
                role = Role.BODY;
            } else if (PAGE_NUMBER.matcher(text).matches()) {
                role = Role.PAGE_NUMBER;
            } else if (running.contains(i)) {
                role = Role.RUNNING_LINE;
            } else if (isHeaderLine(text)) {
                role = Role.HEADER_LINE;
            } else if (isClosing(text) || (inSignature && PassageSplitter.wordCount(text) <= SIGNATURE_LINE_MAX_WORDS)) {
                inSignature = true;
                role = Role.SIGNATURE;
            } else if (titlePage && block.page() == 1) {
                role = Role.TITLE_PAGE;
            } else if (isFragment(text)) {
                role = Role.FRAGMENT;
            } else {
                role = Role.BODY;
            }
            if (role == Role.BODY) {
                inSignature = false;
            }
            roles.add(role);
        }
        return roles;
    }

    static boolean isHeaderLine(String text) {
        return PassageSplitter.wordCount(text) <= HEADER_LINE_MAX_WORDS && HEADER_LINE.matcher(text).matches();
    }

    /** "Sincerely," alone, or run together with a short name line that is no sentence. */
    static boolean isClosing(String text) {
        if (CLOSING.matcher(text).matches()) {
            return true;
        }
        return CLOSING_THEN_NAME.matcher(text).matches() && PassageSplitter.wordCount(text) <= SIGNATURE_LINE_MAX_WORDS + 3
                && !endsLikeSentence(text);
    }

    /**
     * A few words without a finite verb, not ending like a sentence. Both conditions must hold: "Serbia
     * objected" (a verb) and "Food is 400." are quotable, and so is a short line its writer ended with a
     * full stop. The part-of-speech tagger runs only on the short lines that pass the other tests.
     */
    static boolean isFragment(String text) {
        return PassageSplitter.wordCount(text) <= FRAGMENT_MAX_WORDS && !endsLikeSentence(text) && !hasFiniteVerb(text);
    }

    static boolean endsLikeSentence(String text) {
        return SENTENCE_END.matcher(text).find() && !INITIALS_END.matcher(text).find();
    }

    private static boolean hasFiniteVerb(String text) {
        if (text.isEmpty()) {
            return false;
        }
        // The tagger reads a capitalised first word as a name ("Replace/NNP the bearings"); a list item or an
        // instruction starts with its verb, so the line is tagged with its first letter in lower case as well.
        String lowered = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        return taggedVerb(text) || (!lowered.equals(text) && taggedVerb(lowered));
    }

    private static boolean taggedVerb(String text) {
        List<Token> tokens = TextAnalyzer.english().withoutChunks().analyzeSpan(text, 0, text.length()).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            // Without its full stop, "Serbia objected" is tagged as a participle: after a subject it is the verb.
            if (FINITE_VERB_TAGS.contains(tag) || ("VBN".equals(tag) && i > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first page of a document of two or more pages is a title page when none of its lines ends like a
     * sentence: a title, a subtitle, an author or office and a date.
     */
    private static boolean hasTitlePage(ParsedText parsed) {
        if (parsed.pages() < 2) {
            return false;
        }
        List<TextBlock> first = parsed.blocks().stream().filter(b -> b.page() == 1 && !b.heading()).toList();
        return !first.isEmpty() && first.stream().noneMatch(b -> endsLikeSentence(b.text()));
    }

    /**
     * The short lines (digits aside) found on at least two pages and on at least half of the pages: running
     * headers and footers ("Riverton City Council | FY2025 Budget", "Page 3 of 7").
     */
    private static Set<Integer> runningLines(ParsedText parsed) {
        Set<Integer> running = new HashSet<>();
        if (parsed.pages() < 2) {
            return running;
        }
        List<TextBlock> blocks = parsed.blocks();
        Map<String, Set<Integer>> pagesByLine = new HashMap<>();
        for (TextBlock block : blocks) {
            if (isRunningCandidate(block)) {
                pagesByLine.computeIfAbsent(lineKey(block.text()), k -> new HashSet<>()).add(block.page());
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (isRunningCandidate(block)) {
                int pages = pagesByLine.get(lineKey(block.text())).size();
                if (pages >= 2 && 2 * pages >= parsed.pages()) {
                    running.add(i);
                }
            }
        }
        return running;
    }

    private static boolean isRunningCandidate(TextBlock block) {
        return !block.heading() && block.page() > 0 && PassageSplitter.wordCount(block.text()) <= RUNNING_LINE_MAX_WORDS;
    }

    private static String lineKey(String text) {
        return WHITESPACE.matcher(DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ").strip();
    }

    /** The entries as one regular-expression alternation, longest first so "best regards" wins over "best". */
    private static String alternatives(List<String> entries) {
        return String.join("|", entries.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(e -> Pattern.quote(e).replace(" ", "\\E\\s+\\Q")).toList());
    }
}
