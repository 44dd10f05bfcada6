package dev.footnote.chat.store;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store on the embedded default: an H2 database file, as under data/. */
class H2ConversationStoreTest extends JdbcConversationStoreContract {

    @TempDir
    Path dir;

    @Override
    DataSource emptyDatabase() {
        return currentDatabase();
    }

    @Override
    DataSource currentDatabase() {
        // Each DriverManagerDataSource connection opens the file anew: "opened again" is a real reopen.
        return new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("conversations").toAbsolutePath());
    }

}
