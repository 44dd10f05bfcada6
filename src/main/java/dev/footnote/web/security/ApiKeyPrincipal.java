package dev.footnote.web.security;

import java.security.Principal;

/** The caller of an authenticated request: {@link #getName()} is the key's configured name, never the key. */
public record ApiKeyPrincipal(String name, Role role) implements Principal {

    @Override
    public String getName() {
        return name;
    }
}
