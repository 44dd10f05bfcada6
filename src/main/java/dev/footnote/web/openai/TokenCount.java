package dev.footnote.web.openai;

import java.util.regex.Pattern;

/**
 * An estimate of OpenAI's token counts for {@code usage}: Footnote has no BPE tokenizer, so a word
 * or a run of punctuation counts as one token. Clients use the figure for display and budgets only.
 */
final class TokenCount {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]+");

    private TokenCount() {
    }

    static int of(String text) {
        return text == null ? 0 : (int) TOKEN.matcher(text).results().count();
    }
}
