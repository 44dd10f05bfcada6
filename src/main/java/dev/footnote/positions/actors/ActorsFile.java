package dev.footnote.positions.actors;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code config/actors.yml}: aliases that detection cannot find by itself and groups to merge, read on
 * every use so that an edit takes effect without a restart. A missing file means "nothing to add";
 * a malformed one is an error that names the file.
 *
 * <pre>
 * actors:
 *   - name: Aleksandar Vucic
 *     kind: person              # optional: state, organisation, person
 *     aliases: [Vučić, the President, Belgrade's leadership]
 * ignore: [Some Newspaper]      # optional: never an actor
 * </pre>
 */
public final class ActorsFile {

    private final Path path;

    public ActorsFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The file's modification time, or -1 when it does not exist: a cache key. */
    public long version() {
        try {
            return Files.exists(path) ? Files.getLastModifiedTime(path).toMillis() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A digest of the file's content ({@code none} when it does not exist): extracts made under other content are stale. */
    public String contentHash() {
        try {
            if (!Files.exists(path)) {
                return "none";
            }
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the actors file " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built-in gazetteer with this file's groups merged in. */
    public Gazetteer applyTo(Gazetteer gazetteer) {
        if (!Files.exists(path)) {
            return gazetteer;
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the actors file " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (root == null) {
            return gazetteer;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw invalid("the top level must be a mapping with 'actors' and optionally 'ignore'");
        }
        for (Object entry : list(map.get("actors"), "actors")) {
            if (!(entry instanceof Map<?, ?> actor) || !(actor.get("name") instanceof String name) || name.isBlank()) {
                throw invalid("each entry of 'actors' needs a 'name'");
            }
            List<String> aliases = new ArrayList<>();
            for (Object alias : list(actor.get("aliases"), "aliases of " + name)) {
                aliases.add(String.valueOf(alias));
            }
            gazetteer.add(new Actor(name.strip(), kind(actor.get("kind"), name), aliases));
        }
        for (Object ignored : list(map.get("ignore"), "ignore")) {
            gazetteer.ignore(String.valueOf(ignored));
        }
        return gazetteer;
    }

    private List<?> list(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw invalid("'" + what + "' must be a list");
        }
        return items;
    }

    private Actor.Kind kind(Object value, String name) {
        if (value == null) {
            return Actor.Kind.UNKNOWN;
        }
        String k = String.valueOf(value).strip().toUpperCase(Locale.ROOT).replace("ORGANIZATION", "ORGANISATION");
        try {
            return Actor.Kind.valueOf(k);
        } catch (IllegalArgumentException e) {
            throw invalid("unknown kind '" + value + "' for " + name + " (use state, organisation or person)");
        }
    }

    private IllegalStateException invalid(String why) {
        return new IllegalStateException("invalid actors file " + path.toAbsolutePath() + ": " + why);
    }
}
