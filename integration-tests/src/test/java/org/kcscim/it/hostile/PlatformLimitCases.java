package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.List;

import static org.kcscim.it.hostile.Expectation.platform;

/**
 * Requests the HTTP server (Vert.x under Quarkus) or Keycloak's REST layer refuses before our code sees them: a header
 * section or a request line over its limits, a body whose framing is broken, a method no resource declares. Their answers are not SCIM and cannot
 * be; what is pinned here is that they are the client errors they should be, never a 5xx or a hang. Status 0 means
 * the server closed the connection without an answer.
 */
final class PlatformLimitCases {

    private PlatformLimitCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        String spc = "ServiceProviderConfig";
        cases.add(HostileCase.of("one header of 64 KiB", fixture.request("GET", spc)
                .header("X-Hostile", "h".repeat(64 * 1024)).build(), platform(431)));
        HostileRequest.Builder many = fixture.request("GET", spc);
        for (int i = 0; i < 100; i++) {
            many.addHeader("X-Hostile-" + i, "h".repeat(1024));
        }
        cases.add(HostileCase.of("100 headers of 1 KiB", many.build(), platform(431)));
        cases.add(HostileCase.of("an Authorization header of 64 KiB", fixture.request("GET", spc)
                .authorization("Bearer " + "k".repeat(64 * 1024)).build(), platform(431)));
        // Keycloak raises Quarkus' limits to a 32779-byte request line and a 65535-byte header section
        cases.add(HostileCase.of("a request line of 40000 characters", fixture.request("GET", "Users?filter="
                + QueryCases.encode("userName eq \"" + "a".repeat(40_000) + "\"")).build(), platform(414)));
        cases.add(HostileCase.of("a request line of 100000 characters", fixture.request("GET", "Users?filter="
                + QueryCases.encode("userName eq \"" + "a".repeat(100_000) + "\"")).build(), platform(414)));
        cases.add(HostileCase.of("a chunk size that is not hexadecimal", fixture.request("POST", "Users")
                .header("Transfer-Encoding", "chunked").bytes(BodySyntaxCases.utf8("zz\r\n{}\r\n0\r\n\r\n")).build(),
                platform(0)));
        cases.add(HostileCase.of("both Content-Length and chunked", fixture.request("POST", "Users")
                .header("Transfer-Encoding", "chunked").header("Content-Length", "5")
                .bytes(BodySyntaxCases.utf8("2\r\n{}\r\n0\r\n\r\n")).build(), platform(400)));
        // Refused by Vert.x and by Keycloak's own query parameter check, before any provider code runs
        cases.add(HostileCase.of("a NUL byte inside the key", fixture.request("GET", spc).authorization("Bearer "
                + fixture.key().substring(0, 10) + "\u0000" + fixture.key().substring(10)).raw().build(), platform(400)));
        cases.add(HostileCase.of("a NUL character in the filter", fixture.request("GET", "Users?filter="
                + QueryCases.encode("userName eq \"a\u0000b\"")).build(), platform(400)));
        // JAX-RS routes only the methods a resource declares: any other is refused by Keycloak's REST layer itself
        for (String method : List.of("TRACE", "PROPFIND", "FOO")) {
            cases.add(HostileCase.of("a method HTTP has no use for here", fixture.request(method, "Users").build(),
                    platform(405)));
        }
        return cases;
    }
}
