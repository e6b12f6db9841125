package org.kcscim.it.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.kcscim.it.hostile.Expectation.bulkOperations;
import static org.kcscim.it.hostile.Expectation.error;
import static org.kcscim.it.hostile.HostileFixture.BULK_REQUEST;
import static org.kcscim.it.hostile.HostileFixture.ENTERPRISE;
import static org.kcscim.it.hostile.HostileFixture.GROUP_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.USER_SCHEMA;
import static org.kcscim.it.hostile.HostileFixture.freshName;

/**
 * /Bulk (RFC 7644 §3.7). A request wrong as a whole (its envelope, more operations than the advertised
 * maxOperations, duplicate bulkIds) is refused before any operation runs. A wrong operation fails alone, in a 200
 * BulkResponse whose entry carries the error: malformed operations, bulkId cycles, forward and unknown references.
 * Either way nothing is created or changed.
 */
final class BulkCases {

    private BulkCases() {
    }

    /** A BulkRequest body with these operations (JSON objects). */
    static String bulk(String... operations) {
        return "{" + BodyTarget.schemas(BULK_REQUEST) + ",\"Operations\":[" + String.join(",", operations) + "]}";
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<HostileCase> cases = new ArrayList<>();
        String createUser = createUser("u1", freshName("hostile-bulk"), null);
        String envelope = "{" + BodyTarget.schemas(BULK_REQUEST);
        request(cases, fixture, "no Operations", envelope + "}", 400, "invalidSyntax");
        request(cases, fixture, "Operations as a string", envelope + ",\"Operations\":\"POST\"}", 400, "invalidSyntax");
        request(cases, fixture, "Operations as an object", envelope + ",\"Operations\":" + createUser + "}", 400, "invalidSyntax");
        request(cases, fixture, "Operations as a number", envelope + ",\"Operations\":42}", 400, "invalidSyntax");
        for (String failOnErrors : List.of("0", "-1", "\"1\"", "1.5", "true")) {
            request(cases, fixture, "failOnErrors " + failOnErrors, envelope + ",\"failOnErrors\":" + failOnErrors
                    + ",\"Operations\":[" + createUser + "]}", 400, "invalidValue");
        }
        request(cases, fixture, "one bulkId on two operations", bulk(createUser("same", freshName("hostile-bulk"), null),
                createUser("same", freshName("hostile-bulk"), null)), 400, "invalidValue");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= fixture.bulkMaxOperations(); i++) {
            many.add(createUser("m" + i, freshName("hostile-many"), null));
        }
        request(cases, fixture, (fixture.bulkMaxOperations() + 1) + " operations, one over maxOperations",
                bulk(many.toArray(String[]::new)), 413, "tooMany");
        request(cases, fixture, "10000 operations", bulk(Collections.nCopies(10_000, "{}").toArray(String[]::new)),
                413, "tooMany");

        String user = "/Users/" + fixture.userId();
        String group = "/Groups/" + fixture.groupId();
        operation(cases, fixture, "an operation that is a number", "42", 400, "invalidSyntax");
        operation(cases, fixture, "no method", "{\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":{}}", 400, "invalidSyntax");
        operation(cases, fixture, "method GET", "{\"method\":\"GET\",\"path\":\"" + user + "\"}", 400, "invalidValue");
        operation(cases, fixture, "method FOO", "{\"method\":\"FOO\",\"path\":\"" + user + "\"}", 400, "invalidValue");
        operation(cases, fixture, "no path", "{\"method\":\"DELETE\"}", 400, "invalidSyntax");
        operation(cases, fixture, "a path outside /Users and /Groups", "{\"method\":\"DELETE\",\"path\":\"/Schemas/x\"}", 400, "invalidValue");
        operation(cases, fixture, "POST without bulkId", "{\"method\":\"POST\",\"path\":\"/Users\",\"data\":"
                + userData(freshName("hostile-bulk"), null) + "}", 400, "invalidSyntax");
        operation(cases, fixture, "a bulkId with a space", createUser("a b", freshName("hostile-bulk"), null), 400, "invalidValue");
        operation(cases, fixture, "POST without data", "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\"}", 400, "invalidSyntax");
        operation(cases, fixture, "data as a string", "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":\"x\"}", 400, "invalidSyntax");
        operation(cases, fixture, "POST to a resource", "{\"method\":\"POST\",\"path\":\"" + user + "\",\"bulkId\":\"a\",\"data\":"
                + userData(freshName("hostile-bulk"), null) + "}", 400, "invalidValue");
        operation(cases, fixture, "DELETE of the collection", "{\"method\":\"DELETE\",\"path\":\"/Users\"}", 400, "invalidValue");
        operation(cases, fixture, "PUT with an empty userName", "{\"method\":\"PUT\",\"path\":\"" + user + "\",\"data\":{"
                + BodyTarget.schemas(USER_SCHEMA) + ",\"userName\":\"\"}}", 400, "invalidValue");
        operation(cases, fixture, "PATCH with op delete", "{\"method\":\"PATCH\",\"path\":\"" + group + "\",\"data\":"
                + PatchCases.patch("{\"op\":\"delete\",\"path\":\"members\"}") + "}", 400, "invalidSyntax");
        operation(cases, fixture, "PATCH adding a group as member", "{\"method\":\"PATCH\",\"path\":\"" + group + "\",\"data\":"
                + PatchCases.patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + fixture.groupId()
                + "\"}]}") + "}", 400, "invalidValue");
        operation(cases, fixture, "POST with emails a string", "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\","
                + "\"data\":{" + BodyTarget.schemas(USER_SCHEMA) + ",\"userName\":\"" + freshName("hostile-bulk")
                + "\",\"emails\":\"x\"}}", 400, "invalidValue");
        operation(cases, fixture, "PUT with a stale version", "{\"method\":\"PUT\",\"path\":\"" + user
                + "\",\"version\":\"W/\\\"0\\\"\",\"data\":" + HostileFixture.fullUser("hostile-fixture") + "}", 412, null);
        operation(cases, fixture, "DELETE of another configuration's user",
                "{\"method\":\"DELETE\",\"path\":\"/Users/" + fixture.foreignUserId() + "\"}", 404, null);
        operation(cases, fixture, "DELETE of an id that names nobody",
                "{\"method\":\"DELETE\",\"path\":\"/Users/" + UUID.randomUUID() + "\"}", 404, null);

        // References between operations: run in order, never reordered
        cases.add(HostileCase.of("two users, each the other's manager (a cycle)", fixture.request("POST", "Bulk")
                .json(bulk(createUser("c1", freshName("hostile-cycle"), "c2"), createUser("c2", freshName("hostile-cycle"), "c1")))
                .build(), bulkOperations(new Expectation.ScimError(409, null), new Expectation.ScimError(409, null))));
        cases.add(HostileCase.of("a user that is its own manager", fixture.request("POST", "Bulk")
                .json(bulk(createUser("self", freshName("hostile-cycle"), "self"))).build(),
                bulkOperations(new Expectation.ScimError(409, null))));
        cases.add(HostileCase.of("a group whose member is created later, failOnErrors 1", fixture.request("POST", "Bulk")
                .json("{" + BodyTarget.schemas(BULK_REQUEST) + ",\"failOnErrors\":1,\"Operations\":["
                        + createGroup("g1", "bulkId:later") + "," + createUser("later", freshName("hostile-forward"), null) + "]}")
                .build(), bulkOperations(new Expectation.ScimError(409, null))));
        cases.add(HostileCase.of("a group whose member is a bulkId nobody declares", fixture.request("POST", "Bulk")
                .json(bulk(createGroup("g1", "bulkId:ghost"))).build(),
                bulkOperations(new Expectation.ScimError(400, "invalidValue"))));
        cases.add(HostileCase.of("a PATCH adding a member by an undeclared bulkId", fixture.request("POST", "Bulk")
                .json(bulk("{\"method\":\"PATCH\",\"path\":\"" + group + "\",\"data\":" + PatchCases.patch(
                        "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"bulkId:ghost\"}]}") + "}")).build(),
                bulkOperations(new Expectation.ScimError(400, "invalidValue"))));
        cases.add(HostileCase.of("a DELETE whose path is an undeclared bulkId", fixture.request("POST", "Bulk")
                .json(bulk("{\"method\":\"DELETE\",\"path\":\"/Users/bulkId:ghost\"}")).build(),
                bulkOperations(new Expectation.ScimError(400, "invalidValue"))));
        cases.add(HostileCase.of("a failed POST, then a group referring to it", fixture.request("POST", "Bulk")
                .json(bulk("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"bad\",\"data\":{"
                        + BodyTarget.schemas(USER_SCHEMA) + ",\"userName\":\"\"}}", createGroup("g1", "bulkId:bad")))
                .build(), bulkOperations(new Expectation.ScimError(400, "invalidValue"), new Expectation.ScimError(409, null))));
        return cases;
    }

    private static String createUser(String bulkId, String userName, String managerBulkId) {
        return "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"" + bulkId + "\",\"data\":"
                + userData(userName, managerBulkId) + "}";
    }

    private static String userData(String userName, String managerBulkId) {
        return "{" + BodyTarget.schemas(USER_SCHEMA, ENTERPRISE) + ",\"userName\":\"" + userName + "\""
                + (managerBulkId == null ? "" : ",\"" + ENTERPRISE + "\":{\"manager\":{\"value\":\"bulkId:" + managerBulkId + "\"}}")
                + "}";
    }

    private static String createGroup(String bulkId, String member) {
        return "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"" + bulkId + "\",\"data\":{"
                + BodyTarget.schemas(GROUP_SCHEMA) + ",\"displayName\":\"" + freshName("hostile-bulk")
                + "\",\"members\":[{\"value\":\"" + member + "\"}]}}";
    }

    private static void request(List<HostileCase> cases, HostileFixture fixture, String what, String body, int status,
                                String scimType) {
        cases.add(HostileCase.of(what, fixture.request("POST", "Bulk").json(body).build(), error(status, scimType)));
    }

    private static void operation(List<HostileCase> cases, HostileFixture fixture, String what, String operation,
                                  int status, String scimType) {
        cases.add(HostileCase.of(what, fixture.request("POST", "Bulk").json(bulk(operation)).build(),
                bulkOperations(new Expectation.ScimError(status, scimType))));
    }
}
