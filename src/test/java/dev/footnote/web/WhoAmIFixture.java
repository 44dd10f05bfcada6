package dev.footnote.web;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only endpoint showing what a controller sees of the caller: the contract other features scope data by. */
@TestComponent
@RestController
class WhoAmIFixture {

    static final String PATH = "/api/test/whoami";

    @GetMapping(PATH)
    Map<String, Object> whoAmI(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        Map<String, Object> me = new HashMap<>();
        me.put("name", principal == null ? null : principal.getName());
        me.put("reader", request.isUserInRole("reader"));
        me.put("editor", request.isUserInRole("editor"));
        return me;
    }
}
