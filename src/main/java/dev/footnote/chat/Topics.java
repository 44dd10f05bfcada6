package dev.footnote.chat;

import java.util.List;

/** "What about X?": the previous question asked again, about X instead of what it named. */
final class Topics {

    private Topics() {
    }

    /**
     * @param previous the previous standalone question
     * @param names    the names it holds, in order
     * @param topic    what the follow-up asks about instead
     */
    static String swap(String previous, List<String> names, String topic) {
        if (names.isEmpty()) {
            return previous + " (" + topic + ")";
        }
        // The last name is the most specific in the usual question shape ("When did the Black Death reach Europe?"
        // → "What about Asia?"); a name of the same kind as the topic would be better, but the kinds are rarely known here.
        String replaced = names.get(names.size() - 1);
        int at = previous.lastIndexOf(replaced);
        return previous.substring(0, at) + topic + previous.substring(at + replaced.length());
    }
}
