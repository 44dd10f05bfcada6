package dev.footnote.positions;

/**
 * A statement shown in quotation marks once: a sentence that carries its own (“The people who use the bridge…,”
 * said …) is shown as it is, any other is put in curly quotation marks.
 */
final class Quoting {

    /** Opening quotation marks: straight, curly, single, guillemets, low. */
    private static final String OPENING = "\"“‘'«„";

    private Quoting() {
    }

    static String quote(String statement) {
        String s = statement.strip();
        if (!s.isEmpty() && OPENING.indexOf(s.charAt(0)) >= 0) {
            return s;
        }
        return "“" + s + "”";
    }
}
