package dev.footnote.answer;

/**
 * What the ranking knows of a candidate sentence besides its text: the features {@link SentenceRanking} weighs.
 *
 * @param termCoverage    the idf-weighted share of the question's terms the sentence holds (its passage's at half)
 * @param similarity      embedding similarity of question and sentence (0 without embeddings)
 * @param passageCoverage the same share held by its whole passage
 * @param retrievalShare  its passage's retrieval score over the best passage's, 0..1
 * @param passageRank     its passage's place in the retrieval, 0 the best
 * @param sentenceIndex   its place in its passage, 0 the first
 * @param length          its analysed tokens
 * @param phraseMatch     the share of the question's adjacent term pairs it holds adjacently too
 * @param missingNames    names of the question neither it nor its source line holds; -1 while not analysed
 * @param statesVerb      whether it uses the question's verb (or an alternative of it) as a verb
 * @param previous        the sentence before it in its passage ({@link Neighbour#NONE} for the first)
 * @param next            the sentence after it ({@link Neighbour#NONE} for the last)
 */
record Signals(double termCoverage, double similarity, double passageCoverage, double retrievalShare,
               int passageRank, int sentenceIndex, int length, double phraseMatch, int missingNames, boolean statesVerb,
               Neighbour previous, Neighbour next) {

    /**
     * What a neighbouring sentence says of the question: an answer often follows the sentence that names what is asked
     * about ("The Northridge earthquake was …. It caused the most property damage …").
     *
     * @param coverage   its own term coverage
     * @param similarity its embedding similarity to the question
     * @param gain       what its terms add to the coverage of the sentence they neighbour
     */
    record Neighbour(double coverage, double similarity, double gain) {

        static final Neighbour NONE = new Neighbour(0, 0, 0);
    }

    /** Signals without neighbours. */
    Signals(double termCoverage, double similarity, double passageCoverage, double retrievalShare, int passageRank,
            int sentenceIndex, int length, double phraseMatch, int missingNames, boolean statesVerb) {
        this(termCoverage, similarity, passageCoverage, retrievalShare, passageRank, sentenceIndex, length, phraseMatch,
                missingNames, statesVerb, Neighbour.NONE, Neighbour.NONE);
    }

    /** The same signals with what the question focus found. */
    Signals withFocus(int names, boolean verb) {
        return new Signals(termCoverage, similarity, passageCoverage, retrievalShare, passageRank, sentenceIndex, length,
                phraseMatch, names, verb, previous, next);
    }
}
