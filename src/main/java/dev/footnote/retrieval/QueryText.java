package dev.footnote.retrieval;

/**
 * Whether a text has anything to search for. The embedding model's tokenizer drops white space,
 * control and format characters (U+0000, U+0085, U+200B, U+FEFF…), combining marks on their own,
 * lone surrogates and the replacement character U+FFFD (what invalid UTF-8 decodes to); a query
 * made only of those leaves it nothing to embed, so it must be refused before it reaches the
 * model rather than fail inside it.
 */
public final class QueryText {

    private QueryText() {
    }

    /** True if {@code text} holds at least one character that a search can use. */
    public static boolean isSearchable(String text) {
        return text != null && text.codePoints().anyMatch(QueryText::counts);
    }

    private static boolean counts(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFFFD) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> false;
            default -> true;
        };
    }
}
