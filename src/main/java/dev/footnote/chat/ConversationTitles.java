package dev.footnote.chat;

/** Titles of conversations: the first question, on one line and cut to a length a sidebar can show. */
public final class ConversationTitles {

    /** Long enough for a question to be recognised, short enough for one line of a sidebar (and the title column). */
    public static final int MAX_CHARS = 120;

    private ConversationTitles() {
    }

    /** The text on one line, cut at a word boundary with an ellipsis when longer than {@link #MAX_CHARS}. */
    public static String of(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_CHARS - 1);
        return line.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1).strip() + "…";
    }
}
