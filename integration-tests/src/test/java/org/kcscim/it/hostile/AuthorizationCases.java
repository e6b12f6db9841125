package org.kcscim.it.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.kcscim.it.hostile.Expectation.accepted;
import static org.kcscim.it.hostile.Expectation.error;

/**
 * The {@code Authorization} header in every broken form, each sent once (the throttle counts failed
 * authentications per address, and the whole IT run shares one server from 127.0.0.1), and requests that are
 * wrong in other ways too, to show that authentication is judged first.
 */
final class AuthorizationCases {

    private static final String SPC = "ServiceProviderConfig";

    private AuthorizationCases() {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        String key = fixture.key();
        String prefix = key.contains("_") ? key.substring(0, key.indexOf('_') + 1) : "";
        String sameShape = prefix + "A".repeat(key.length() - prefix.length());
        List<HostileCase> cases = new ArrayList<>();
        cases.add(refused(fixture.request("GET", SPC).without("Authorization"), "no Authorization header"));
        cases.add(refused(fixture.request("GET", SPC).authorization(""), "an empty Authorization header"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer"), "Bearer without a token"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer \"\""), "Bearer with a quoted empty token"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Basic " + key), "the key under the Basic scheme"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Basic " + Base64.getEncoder()
                .encodeToString(("scim:" + key).getBytes(StandardCharsets.UTF_8))), "the key as a Basic password"));
        cases.add(refused(fixture.request("GET", SPC).authorization(key), "the key without a scheme"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Token " + key), "the key under a Token scheme"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer:" + key), "Bearer: glued to the key"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer\t" + key), "a tab after Bearer"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + key.substring(0, key.length() - 1)),
                "the key without its last character"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + key + "x"), "the key with one more character"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + swapCase(key)), "the key in swapped case"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + sameShape), "a key of the right shape that was never issued"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + key + " " + key), "the key twice in one header"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + "k".repeat(1100)), "a 1100-character token"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + "k".repeat(16_000)), "a 16000-character token"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + fixture.admin().adminToken()),
                "a Keycloak admin access token"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + sameShape)
                .addHeader("Authorization", "Bearer " + key), "a wrong key, then the right one, in two headers"));
        cases.add(refused(fixture.request("GET", SPC).addHeader("Authorization", "Bearer " + key),
                "the right key in two Authorization headers"));
        cases.add(refused(fixture.request("GET", SPC).authorization("Bearer " + prefix + "\u00ff\u00fe\u00e9").raw(),
                "bytes that are not ASCII in the token"));

        // Authentication comes before path, method, media type and body: nothing about them may leak or happen
        String user = "{\"schemas\":[\"" + HostileFixture.USER_SCHEMA + "\"],\"userName\":\""
                + HostileFixture.freshName("hostile-noauth") + "\"}";
        cases.add(refused(fixture.request("POST", "Users").without("Authorization").json("not json")
                .contentType("text/plain"), "no key, a body that is not JSON, as text/plain"));
        cases.add(refused(fixture.request("POST", "Users").without("Authorization").json(user), "no key, a valid user"));
        cases.add(refused(fixture.request("PUT", "Users").without("Authorization").json(user), "no key, a method /Users does not serve"));
        cases.add(refused(fixture.request("GET", "Nothing/here").without("Authorization"), "no key, an unknown path"));
        cases.add(refused(fixture.request("DELETE", "Users/" + fixture.userId()).without("Authorization"), "no key, deleting the user"));
        cases.add(refused(fixture.request("PATCH", "Groups/" + fixture.groupId()).authorization("Bearer " + sameShape)
                .json(PatchCases.patch("{\"op\":\"remove\",\"path\":\"members\"}")), "a wrong key, emptying the group"));
        cases.add(refused(fixture.request("POST", "Bulk").without("Authorization").json(BulkCases.bulk(
                "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":" + user + "}")), "no key, a bulk create"));

        // The scheme is case-insensitive (RFC 7235 §2.1): not a refusal
        cases.add(HostileCase.of("the scheme in lower case", fixture.request("GET", SPC).authorization("bearer " + key)
                .build(), accepted(200)));
        cases.add(HostileCase.of("the scheme in upper case", fixture.request("GET", SPC).authorization("BEARER " + key)
                .build(), accepted(200)));
        return cases;
    }

    private static HostileCase refused(HostileRequest.Builder request, String what) {
        return HostileCase.of(what, request.build(), error(401));
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }
}
