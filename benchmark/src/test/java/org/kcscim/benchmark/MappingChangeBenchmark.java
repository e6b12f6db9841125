package org.kcscim.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.kcscim.it.support.UserProfiles;

/**
 * Times a change of the configuration's attribute mappings once the realm holds its users (issue 15): the admin PUT
 * that maps three attributes every seeded user holds (two singular ones and the value of the work email entry) onto
 * user-profile attributes, which answers only when the values
 * have moved out of the hidden {@code kcscim.*} attributes, then the PUT that removes the mappings, moving them back.
 * The mappings end as they were, so the next size's reads and this change measure the same thing. After each PUT a
 * sample of users is read back through our SCIM API and Keycloak's admin API: a value lost or left behind fails the run.
 */
final class MappingChangeBenchmark {

    /** One mapping: where SCIM carries the value, the user-profile attribute it moves to, what user i holds. */
    private record Mapping(String scimPath, String pointer, String userAttribute, String displayName,
                           IntFunction<String> seeded) {

        String label() {
            return scimPath + " -> " + userAttribute;
        }
    }

    private static final List<Mapping> MAPPINGS = List.of(
            new Mapping("title", "/title", "jobTitle", "Job title", SeedUsers::title),
            new Mapping(SeedUsers.ENTERPRISE + ":department", "/" + SeedUsers.ENTERPRISE + "/department",
                    "department", "Department", SeedUsers::department),
            // An entry's value: its hidden row is named by the entry's position, found per batch before the rename
            new Mapping("emails[type eq \"work\"].value", "/emails/0/value", "workEmail", "Work email",
                    i -> SeedUsers.userName(i) + "@example.test"));
    /** Users read back after each PUT, spread from the first seeded to the last (sizes hold at least 100). */
    private static final int SAMPLE = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;
    private final UserProfiles profiles;
    private final String configurationId;
    private final DirectoryWorkloads seeded;
    private final Duration timeout;

    /** {@code timeout}: how long one PUT may take, since it moves every user's values before it answers. */
    MappingChangeBenchmark(ApiClient api, UserProfiles profiles, String configurationId, DirectoryWorkloads seeded,
                           Duration timeout) {
        this.api = api;
        this.profiles = profiles;
        this.configurationId = configurationId;
        this.seeded = seeded;
        this.timeout = timeout;
    }

    Results.MappingChange measure(int users) {
        declareProfileAttributes();
        Results.MappingPut map = Results.MappingPut.of(users, put(MAPPINGS));
        check(users, true);
        Results.MappingPut unmap = Results.MappingPut.of(users, put(List.of()));
        int checked = check(users, false);
        System.out.printf(Locale.ROOT, "[benchmark] attribute mapping change at %d users: map %.0f ms (%.0f users/s),"
                + " unmap %.0f ms (%.0f users/s); %d users checked after each%n", users, map.millis(),
                map.usersPerSecond(), unmap.millis(), unmap.usersPerSecond(), checked);
        return new Results.MappingChange(MAPPINGS.stream().map(Mapping::label).toList(), checked, map, unmap);
    }

    /**
     * As an administrator does before mapping: without a declaration Keycloak keeps the attribute but neither shows
     * it nor puts it in tokens. Admin-only, because the directory is the authority. Kept for the following sizes.
     */
    private void declareProfileAttributes() {
        for (Mapping mapping : MAPPINGS) {
            if (profiles.attribute(api.realm(), mapping.userAttribute()) == null) {
                profiles.addAdminOnlyAttribute(api.realm(), mapping.userAttribute(), mapping.displayName());
            }
        }
    }

    /** The PUT that sets the mappings to {@code mappings}; returns its latency in milliseconds. */
    private double put(List<Mapping> mappings) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("attributeMappings");
        mappings.forEach(m -> list.addObject().put("scimPath", m.scimPath()).put("userAttribute", m.userAttribute()));
        TimedHttp.Timed answer = api.timed(Api.ADMIN, "PUT", "provisioning/configurations/" + configurationId,
                body.toString(), timeout);
        JsonNode saved = answer.result().expectStatus(200).json().path("attributeMappings");
        if (saved.size() != mappings.size()) {
            throw new AssertionError("The configuration answered other mappings than were sent: " + answer.result());
        }
        return answer.millis();
    }

    /**
     * Over SCIM every sampled user still has its values; Keycloak's admin API shows them under the user-profile
     * attributes while mapped and no longer once unmapped. Returns how many users were checked.
     */
    private int check(int users, boolean mapped) {
        List<Integer> sample = IntStream.range(0, SAMPLE).map(k -> (int) ((long) k * (users - 1) / (SAMPLE - 1)))
                .boxed().toList();
        for (int i : sample) {
            String id = seeded.userId(i);
            JsonNode scim = api.get(Api.OURS, "Users/" + id).expectStatus(200).json();
            JsonNode attributes = api.get(Api.ADMIN, "users/" + id).expectStatus(200).json().path("attributes");
            for (Mapping mapping : MAPPINGS) {
                String expected = mapping.seeded().apply(i);
                String overScim = scim.at(mapping.pointer()).asText(null);
                if (!expected.equals(overScim)) {
                    throw new AssertionError(String.format(Locale.ROOT, "After %s %s, user %s answers %s = %s over"
                            + " SCIM instead of %s", mapped ? "mapping" : "unmapping", mapping.label(),
                            SeedUsers.userName(i), mapping.scimPath(), overScim, expected));
                }
                JsonNode inProfile = attributes.path(mapping.userAttribute());
                boolean right = mapped ? inProfile.size() == 1 && expected.equals(inProfile.get(0).asText())
                        : inProfile.isEmpty();
                if (!right) {
                    throw new AssertionError(String.format(Locale.ROOT, "After %s %s, Keycloak's admin API shows"
                            + " user %s with %s = %s, expected %s", mapped ? "mapping" : "unmapping",
                            mapping.label(), SeedUsers.userName(i), mapping.userAttribute(), inProfile,
                            mapped ? "[" + expected + "]" : "nothing"));
                }
            }
        }
        return sample.size();
    }
}
