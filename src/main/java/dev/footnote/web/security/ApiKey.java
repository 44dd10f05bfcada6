package dev.footnote.web.security;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One configured key: its name (what logs and {@code getUserPrincipal()} show, never the key), its
 * role, and the SHA-256 of the key. Keys are long random strings, so a plain SHA-256 keeps a leaked
 * configuration from revealing them without making every request pay for a slow password hash.
 */
public record ApiKey(String name, Role role, byte[] sha256) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern HEX = Pattern.compile("(?i)[0-9a-f]{64}");

    public ApiKey {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an API key's name must be 1-64 letters, digits or ._@-, was '" + name + "'");
        }
        if (role == null) {
            throw new IllegalArgumentException("the API key '" + name + "' has no role (reader or editor)");
        }
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("the API key '" + name + "' needs the SHA-256 of the key, 64 hex digits");
        }
        sha256 = sha256.clone();
    }

    /** From configuration: {@code sha256} as 64 hex digits (optionally prefixed {@code sha256:}). */
    public static ApiKey of(String name, String role, String sha256) {
        String hex = sha256 == null ? "" : sha256.strip();
        hex = hex.regionMatches(true, 0, "sha256:", 0, 7) ? hex.substring(7) : hex;
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("the API key '" + name + "' needs the SHA-256 of the key as 64 hex digits"
                    + " (printf %s \"$KEY\" | sha256sum); the key itself does not belong in the configuration");
        }
        return new ApiKey(name, Role.parse(role), HexFormat.of().parseHex(hex));
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public String toString() {
        return "ApiKey[" + name + ", " + role.label() + "]";
    }
}
