package dev.footnote.index;

import java.nio.file.Path;

/** The index folder is being written by another process (another server, most often one still running). */
public final class IndexFolderLockedException extends IllegalStateException {

    private final transient Path dir;

    public IndexFolderLockedException(Path dir, Throwable cause) {
        super("the index folder " + dir.toAbsolutePath()
                + " is locked by another Footnote process; stop it or choose another footnote.index.dir", cause);
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
