package dev.footnote.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.footnote.index.IndexFolderLockedException;

/**
 * Start-up stopped because another process writes the index folder, most often an earlier server still running:
 * the folder, the setting, and the ways out, instead of a page of nested bean-creation errors.
 */
class IndexFolderLockedFailureAnalyzer extends AbstractFailureAnalyzer<IndexFolderLockedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IndexFolderLockedException cause) {
        String dir = cause.dir().toAbsolutePath().toString();
        return new FailureAnalysis("The index folder " + dir + " (footnote.index.dir) is being written by another "
                + "process: its write.lock is held, most often by a Footnote server that is still running. Two servers "
                + "cannot write one index.",
                "Stop the other server (e.g. find it with: pgrep -af footnote.jar), or give this one a folder of its own "
                        + "with --footnote.index.dir=<another folder>. To check a text against this index while the "
                        + "server runs, use the check command, which reads it without the lock.", cause);
    }
}
