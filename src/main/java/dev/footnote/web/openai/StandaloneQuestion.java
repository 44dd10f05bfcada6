package dev.footnote.web.openai;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an OpenAI message list into the one question Footnote answers. The last user message is
 * the question; earlier messages are the conversation. The simple way, until the chat layer
 * rewrites follow-ups itself: a follow-up (it opens with "and", "what about"…, or leans on a
 * pronoun such as "he" or "they") is prefixed with the previous user message, so that retrieval
 * still sees who or what it is about. System and assistant messages never enter the question.
 */
final class StandaloneQuestion {

    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^\\s*(and|but|also|so|what about|how about)\\b"
                    + "|\\b(he|she|it|they|him|her|them|his|hers|its|their|theirs|this|that|these|those)\\b",
            Pattern.CASE_INSENSITIVE);

    private StandaloneQuestion() {
    }

    static String from(List<CompletionRequest.Message> messages) {
        if (messages == null || messages.isEmpty()) {
            throw OpenAiException.invalid("'messages' must hold at least one message.", "messages");
        }
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) == null) {
                throw OpenAiException.invalid("'messages[" + i + "]' must be an object with 'role' and 'content'.", "messages");
            }
        }
        List<String> userTurns = messages.stream()
                .filter(m -> "user".equals(m.role()))
                .map(CompletionRequest.Message::text)
                .filter(text -> !text.isBlank())
                .map(String::strip)
                .toList();
        if (userTurns.isEmpty()) {
            throw OpenAiException.invalid("'messages' must hold a user message with text: it is the question.", "messages");
        }
        String question = userTurns.get(userTurns.size() - 1);
        if (userTurns.size() > 1 && isFollowUp(question)) {
            return userTurns.get(userTurns.size() - 2) + "\n" + question;
        }
        return question;
    }

    static boolean isFollowUp(String question) {
        return FOLLOW_UP.matcher(question).find();
    }
}
