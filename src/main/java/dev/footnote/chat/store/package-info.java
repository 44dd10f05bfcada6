/**
 * Where conversations are kept: in a JDBC database (an embedded H2 file by default, PostgreSQL or
 * any other by {@code spring.datasource.*}; schema by the Flyway migrations in
 * {@code db/migration}), or in memory. Depends on {@code chat} and {@code answer} (the stored
 * answers) only.
 */
package dev.footnote.chat.store;
