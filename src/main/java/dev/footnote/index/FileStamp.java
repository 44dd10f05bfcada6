package dev.footnote.index;

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

    public boolean known() {
        return size >= 0 && modifiedMillis >= 0;
    }

    /** Whether a listed file of this size and time is, as far as its stamp tells, the file indexed. */
    public boolean matches(long listedSize, long listedModifiedMillis) {
        return known() && size == listedSize && modifiedMillis == listedModifiedMillis;
    }
}
