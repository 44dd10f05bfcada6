package dev.footnote.index;

import dev.footnote.corpus.CorpusFile;

/**
 * A file's size and modification time as the folder listed them when it was indexed: a restart that
 * finds both unchanged trusts the stored content hash instead of reading and hashing the file again.
 *
 * @param size           bytes; -1 when unknown (a record written before stamps were kept)
 * @param modifiedMillis last modification, milliseconds since the epoch; -1 when unknown
 */
public record FileStamp(long size, long modifiedMillis) {

    /** No stamp: the file is hashed to know whether it changed. */
    public static final FileStamp UNKNOWN = new FileStamp(-1, -1);

    /** A file modified this recently is not stamped (see {@link #of}). */
    static final long RACY_MILLIS = 2_000;

    /**
     * The stamp to keep for a file as listed; none for a file modified within {@link #RACY_MILLIS} of now: a file
     * system keeps times to a second or two, so a change made in the same tick would keep size and time (it is
     * hashed next time, and stamped then).
     */
    static FileStamp of(CorpusFile file) {
        if (file.modifiedMillis() < 0 || System.currentTimeMillis() - file.modifiedMillis() < RACY_MILLIS) {
            return UNKNOWN;
        }
        return new FileStamp(file.size(), file.modifiedMillis());
    }

    public boolean known() {
        return size >= 0 && modifiedMillis >= 0;
    }

    /** Whether a listed file of this size and time is, as far as its stamp tells, the file indexed. */
    public boolean matches(long listedSize, long listedModifiedMillis) {
        return known() && size == listedSize && modifiedMillis == listedModifiedMillis;
    }
}
