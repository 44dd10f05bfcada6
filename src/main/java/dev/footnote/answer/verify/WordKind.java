package dev.footnote.answer.verify;

/** What a word of a claim is, which decides how much it weighs when the evidence lacks it. */
public enum WordKind {
    /** A proper name, of one word or several ("Mackenzie King", "Harbor Bridge"). */
    NAME,
    /** A number, year or amount, in digits or words ("48-bed", "fourteen", "412.6 million"). */
    NUMBER,
    /** A word that turns the claim round ("not", "never", "no longer"). */
    NEGATION,
    /** Any other word that carries meaning (stop words are no claim words). */
    CONTENT
}
