package dev.footnote.positions.actors;

/** Where quotations open and close in a sentence: straight double quotes, or typographic ones. */
final class Quotes {

    private Quotes() {
    }

    /** Whether {@code offset} lies inside a quotation that opens before it in the sentence. */
    static boolean inside(String sentence, int offset) {
        return open(sentence, 0, offset, false);
    }

    /** Whether a quotation closes right before {@code offset}: "“…,” said" or "\"…\" Vucic said". */
    static boolean closesBefore(String sentence, int offset) {
        int k = offset - 1;
        while (k >= 0 && (sentence.charAt(k) == ' ' || sentence.charAt(k) == ',')) {
            k--;
        }
        return k >= 0 && (sentence.charAt(k) == '”' || sentence.charAt(k) == '"') && !open(sentence, 0, k + 1, false);
    }

    /** Whether the sentence opens with a quotation mark. */
    static boolean opensAt(String sentence) {
        String s = sentence.stripLeading();
        return !s.isEmpty() && (s.charAt(0) == '“' || s.charAt(0) == '"');
    }

    /** Whether the sentence holds a quotation. */
    static boolean quotes(String sentence) {
        return sentence.indexOf('“') >= 0 || sentence.indexOf('"') >= 0;
    }

    /** Whether, given {@code openBefore}, a quotation is still open at the end of the sentence. */
    static boolean leavesOpen(String sentence, boolean openBefore) {
        return open(sentence, 0, sentence.length(), openBefore);
    }

    private static boolean open(String sentence, int from, int to, boolean open) {
        boolean inside = open;
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            if (c == '“') {
                inside = true;
            } else if (c == '”') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }
}
