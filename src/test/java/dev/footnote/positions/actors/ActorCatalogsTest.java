package dev.footnote.positions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.Passage;

class ActorCatalogsTest {

    @Test
    void detectsAgainOnlyWhenTheIndexOrTheActorsFileChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actors.yml");
        Files.writeString(file, "actors: []\n");
        AtomicInteger reads = new AtomicInteger();
        AtomicLong version = new AtomicLong(1);
        List<Passage> passages = List.of(new Passage("p", "d", 0, "Belgrade's leadership warned of consequences.", null));
        ActorCatalogs catalogs = ActorCatalogs.inMemory(() -> {
            reads.incrementAndGet();
            return passages;
        }, version::get, new ActorsFile(file));

        assertThat(catalogs.current().actors()).extracting(Actor::name).containsExactly("Serbia");
        catalogs.current();
        assertThat(reads).hasValue(1);

        version.set(2);
        catalogs.current();
        assertThat(reads).hasValue(2);

        Files.writeString(file, "actors:\n  - name: Aleksandar Vucic\n    aliases: [Belgrade's leadership]\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertThat(catalogs.current().actors()).extracting(Actor::name).containsExactly("Aleksandar Vucic");
        assertThat(reads).hasValue(3);
    }
}
