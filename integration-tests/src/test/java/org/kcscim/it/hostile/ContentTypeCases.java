package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.List;

import static org.kcscim.it.hostile.Expectation.accepted;
import static org.kcscim.it.hostile.Expectation.error;

/**
 * The {@code Content-Type} of a request with a body: every endpoint that reads one refuses, with a valid body, the
 * media types that are not JSON (415, no scimType); the JSON ones are accepted in any case and with a utf-8
 * charset; a missing header is read as JSON (a pinned leniency).
 */
final class ContentTypeCases {

    /** Media types that are not ours to read, whatever the body looks like. */
    static final List<String> REFUSED = List.of("", "text/plain", "application/xml",
            "multipart/form-data; boundary=hostile", "application/x-www-form-urlencoded", "garbage",
            "application/scim+json; charset=iso-8859-1");

    private ContentTypeCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        for (BodyTarget target : BodyTarget.all(fixture)) {
            for (String type : REFUSED) {
                cases.add(HostileCase.of("Content-Type '" + type + "' with a valid body",
                        target.request(fixture).json(target.valid()).contentType(type).build(), error(415)));
            }
        }
        BodyTarget create = BodyTarget.all(fixture).get(0);
        cases.add(HostileCase.of("two Content-Type headers, JSON and text/plain", create.request(fixture)
                .json(create.valid()).addHeader("Content-Type", "text/plain").build(), error(415)));

        BodyTarget search = BodyTarget.all(fixture).get(6);
        for (String type : List.of("application/scim+json", "application/json", "APPLICATION/SCIM+JSON",
                "Application/Json", "application/json; charset=utf-8", "application/scim+json;charset=UTF-8")) {
            cases.add(HostileCase.of("Content-Type '" + type + "'", search.request(fixture).json(search.valid())
                    .contentType(type).build(), accepted(200)));
        }
        cases.add(HostileCase.of("Content-Type 'application/json; charset=utf-8' on a create", create.request(fixture)
                .json(create.valid()).contentType("application/json; charset=utf-8").build(), accepted(201))
                .afterwards(fixture::deleteCreated));
        return cases;
    }
}
