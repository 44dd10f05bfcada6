package dev.footnote.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path folder;

    @Test
    void aChangeThatHoldsStillIsReportedOnce() throws Exception {
        AtomicReference<List<CorpusFile>> listing = new AtomicReference<>(List.of(file("a.txt", 10, 1)));
        CountDownLatch changed = new CountDownLatch(1);
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(folder, listing::get, Duration.ofMillis(20), () -> {
            changes.incrementAndGet();
            changed.countDown();
        })) {
            watcher.start();
            Thread.sleep(100);
            assertThat(changes).hasValue(0);

            listing.set(List.of(file("a.txt", 12, 2)));
            assertThat(changed.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            assertThat(changes).hasValue(1);
        }
    }

    @Test
    void startedFromAnotherListingItDoesNotListTheFolderAndSeesWhatChangedSince() throws Exception {
        // The sync listed a.txt; b.txt was added after that listing.
        List<CorpusFile> syncListed = List.of(file("a.txt", 10, 1));
        AtomicInteger looks = new AtomicInteger();
        CountDownLatch changed = new CountDownLatch(1);
        try (FolderWatcher watcher = new FolderWatcher(folder, () -> {
            looks.incrementAndGet();
            return List.of(file("a.txt", 10, 1), file("b.txt", 5, 3));
        }, Duration.ofMillis(20), changed::countDown)) {
            watcher.start(syncListed);
            assertThat(looks).hasValue(0);
            assertThat(changed.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void startedFromAListingTheFolderStillMatchesItReportsNothing() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(folder, () -> {
            looks.incrementAndGet();
            return List.of(file("a.txt", 10, 1));
        }, Duration.ofMillis(20), changes::incrementAndGet)) {
            watcher.start(List.of(file("a.txt", 10, 1)));
            Thread.sleep(300);
            assertThat(looks.get()).isGreaterThanOrEqualTo(3);
            assertThat(changes).hasValue(0);
        }
    }

    @Test
    void aFolderThatTakesLongToListIsLookedAtLessOften() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        Duration interval = Duration.ofMillis(10);
        try (FolderWatcher watcher = new FolderWatcher(folder, () -> {
            looks.incrementAndGet();
            sleep(40);
            return List.of(file("a.txt", 10, 1));
        }, interval, () -> { })) {
            watcher.start();
            Thread.sleep(1_000);
            // A fixed 10 ms pause after each 40 ms look would make ~20 looks in a second; paced, a look is followed
            // by a pause of at least 20 looks' time (800 ms), so the start's look and at most one or two more.
            assertThat(looks.get()).isBetween(1, 3);
            assertThat(watcher.pauseMillis()).isGreaterThanOrEqualTo(40L * FolderWatcher.PACE);
        }
    }

    @Test
    void aQuickFolderIsLookedAtEveryInterval() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(folder, () -> {
            looks.incrementAndGet();
            return List.of();
        }, Duration.ofMillis(20), () -> { })) {
            watcher.start();
            Thread.sleep(500);
            assertThat(looks.get()).isGreaterThanOrEqualTo(5);
            assertThat(watcher.pauseMillis()).isGreaterThanOrEqualTo(20);
        }
    }

    private CorpusFile file(String name, long size, long modified) {
        return new CorpusFile(name, folder.resolve(name), DocumentFormat.of(name).orElseThrow(), size, modified);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
