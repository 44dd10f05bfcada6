package dev.footnote.llm;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sun.misc.Signal;

/**
 * On SIGTERM, SIGINT (Ctrl-C) and SIGHUP, closes the application first and only then lets the JVM shut down
 * (exit status 128 + the signal's number, as the JVM's own handler gives).
 * <p>
 * Why: ONNX Runtime's Java binding releases its native environment in a shutdown hook of its own, and the JVM
 * runs shutdown hooks side by side. Spring's hook closes the in-process embedding model, which waits for the
 * loads and runs in flight, but nothing can make ONNX Runtime's hook wait for it: a stop during a model load or
 * an embedding crashed the JVM in native code (SIGSEGV in libonnxruntime, microsoft/onnxruntime#31352). Closed
 * first, the application has no native call left running when the hooks start.
 */
public final class StopSignals {

    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);
    private static final List<String> STOPPING = List.of("TERM", "INT", "HUP");

    private StopSignals() {
    }

    /** From now on a stop signal closes {@code application} before the JVM's shutdown hooks run. */
    public static void closeFirst(AutoCloseable application) {
        for (String name : STOPPING) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    // Not a daemon, as the JVM's handler thread is: once the application is closed no thread of its
                    // own is left, and the JVM would otherwise end by itself, with status 0, before exit is called.
                    Thread stopping = new Thread(() -> stop(application, signal), "footnote-stop");
                    stopping.setDaemon(false);
                    stopping.start();
                });
            } catch (IllegalArgumentException e) {
                // Not handled here (the JVM runs with -Xrs, or the platform lacks the signal): the JVM's hooks stop it.
                log.debug("SIG{} is left to the JVM: {}", name, e.getMessage());
            }
        }
    }

    private static void stop(AutoCloseable application, Signal signal) {
        try {
            application.close();
        } catch (Exception | Error e) {
            log.error("Closing Footnote on SIG{} failed: {}", signal.getName(), e.toString());
        } finally {
            System.exit(128 + signal.getNumber());
        }
    }
}
