package dev.footnote.chat.store;

import java.io.IOException;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The store on a real PostgreSQL server (zonky's embedded PostgreSQL: the server binaries come
 * from Maven Central and run as a separate process on loopback). One server for the class, a new
 * database per test.
 */
class PostgresConversationStoreTest extends JdbcConversationStoreContract {

    private static EmbeddedPostgres postgres;
    private String database;

    @BeforeAll
    static void startServer() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    DataSource emptyDatabase() {
        database = "footnote_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE " + database);
        return currentDatabase();
    }

    @Override
    DataSource currentDatabase() {
        return postgres.getDatabase("postgres", database);
    }
}
