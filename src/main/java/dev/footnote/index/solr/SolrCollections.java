package dev.footnote.index.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.index.IndexFields;

/**
 * Makes the collection ready on start: uploads Footnote's configset and creates the collection if it
 * is missing, then checks (or, on a new collection, records) which embedding model made its vectors.
 * Vectors of two models live in different spaces, so a collection written by another model is
 * refused rather than mixed: {@link MixedEmbeddingsException}.
 */
public final class SolrCollections {

    private static final Logger log = LoggerFactory.getLogger(SolrCollections.class);

    private SolrCollections() {
    }

    /** Creates the collection if needed and checks its embedding model; {@code model} as the Lucene index records it. */
    public static void prepare(SolrClient client, SolrSettings settings, String model) {
        try {
            List<String> existing = CollectionAdminRequest.listCollections(client);
            if (!existing.contains(settings.collection())) {
                create(client, settings);
            }
            checkModel(client, settings.collection(), model);
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("cannot prepare the Solr collection '" + settings.collection() + "': " + e.getMessage(), e);
        }
    }

    private static void create(SolrClient client, SolrSettings settings) throws SolrServerException, IOException {
        Path zip = Files.createTempFile("footnote-configset", ".zip");
        try {
            zipFolder(settings.configDir(), zip);
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName(settings.configSet());
            upload.setUploadFile(zip.toFile(), "application/octet-stream");
            upload.setOverwrite(true);
            upload.process(client);
        } finally {
            Files.deleteIfExists(zip);
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(settings.collection(), settings.configSet(),
                settings.shards(), settings.replicas());
        // The schema reads these collection properties, so vectors and BM25 match this Footnote's settings.
        create.setProperties(Map.of(
                "footnote.vector.dimension", Integer.toString(settings.vectorDimension()),
                "footnote.bm25.k1", Float.toString(settings.bm25K1()),
                "footnote.bm25.b", Float.toString(settings.bm25B())));
        create.setWaitForFinalState(true);
        create.process(client);
        log.info("Created Solr collection {} ({} shards x {} replicas, configset {} from {}, vectors of dimension {})",
                settings.collection(), settings.shards(), settings.replicas(), settings.configSet(), settings.configDir(),
                settings.vectorDimension());
    }

    private static void checkModel(SolrClient client, String collection, String model) throws SolrServerException, IOException {
        SolrDocument marker = client.getById(collection, SolrFields.META_ID);
        if (marker == null) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.addField("id", SolrFields.META_ID);
            doc.addField(SolrFields.DOC_TYPE, SolrFields.META);
            doc.addField(SolrFields.EMBEDDING_MODEL, model);
            doc.addField(SolrFields.SCHEMA_VERSION, IndexFields.SCHEMA_VERSION);
            client.add(collection, doc);
            client.commit(collection);
            return;
        }
        Object recorded = marker.getFirstValue(SolrFields.EMBEDDING_MODEL);
        if (!model.equals(recorded)) {
            throw new MixedEmbeddingsException(collection, String.valueOf(recorded), model);
        }
        // The collection's schema is fixed when it is created; an older one lacks fields this version writes
        // (page, section, title, type and pages since schema 4, context since 5), so indexing would fail document by document.
        Object schema = marker.getFirstValue(SolrFields.SCHEMA_VERSION);
        if (!IndexFields.SCHEMA_VERSION.equals(String.valueOf(schema))) {
            throw new IllegalStateException("the Solr collection '" + collection + "' was created with Footnote's index schema " + schema
                    + "; this version writes schema " + IndexFields.SCHEMA_VERSION + " (pages, sections, titles, formats, context lines). "
                    + "Delete the collection (and its configset) or set footnote.solr.collection to a new name, then restart: "
                    + "Footnote creates it and indexes the corpus again.");
        }
    }

    /** Whether the collection's schema has this field: a collection created by an older version may lack one added since. */
    public static boolean hasField(SolrClient client, String collection, String field) {
        try {
            new SchemaRequest.Field(field).process(client, collection);
            return true;
        } catch (SolrServerException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static void zipFolder(Path dir, Path zip) {
        if (!Files.isRegularFile(dir.resolve("solrconfig.xml"))) {
            throw new IllegalStateException("no Solr configset at " + dir.toAbsolutePath()
                    + " (solrconfig.xml missing): set footnote.solr.config-dir to Footnote's config/solr/footnote/conf");
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zipped.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zipped);
                zipped.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the configset " + dir.toAbsolutePath(), e);
        }
    }
}
