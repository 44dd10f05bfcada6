/**
 * Configuration: {@code @ConfigurationProperties} records, the wiring of the pipeline, start-up
 * indexing, health. It may import every package; nothing imports it.
 */
package dev.footnote.config;
