package dev.footnote.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop signal while the in-process model loads or embeds ends the JVM with 143, not a native crash: ONNX
 * Runtime's own shutdown hook runs beside the others, so the application has to be closed before any hook runs.
 */
class StopSignalsTest {

    @TempDir
    Path dir;

    @Test
    void sigtermWhileTheModelLoadsOrEmbedsEndsTheJvmWithoutANativeCrash() throws Exception {
        // One stop while ONNX Runtime creates the model's session (with the JVM's hooks alone, such a stop crashed the
        // JVM 8 times in 8), one while it embeds.
        List<String> stopAfter = List.of("loading", "embedding");
        for (int run = 0; run < stopAfter.size(); run++) {
            Path output = dir.resolve("probe-" + run + ".txt");
            Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StopSignalsProbe.class.getName(), "close-first")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try {
                awaitLine(output, stopAfter.get(run), probe);
                Thread.sleep(20L * run);
                probe.destroy(); // SIGTERM
                assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("the probe ended").isTrue();
                String log = Files.readString(output);
                assertThat(log).as("run %d, stopped while %s", run, stopAfter.get(run)).doesNotContain("A fatal error");
                assertThat(probe.exitValue()).as("run %d: 128 + SIGTERM", run).isEqualTo(143);
            } finally {
                probe.destroyForcibly();
            }
        }
    }

    private static void awaitLine(Path output, String line, Process probe) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && probe.isAlive()) {
            if (Files.exists(output) && Files.readAllLines(output).contains(line)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the probe never printed " + line + ": " + Files.readString(output));
    }
}
