package org.kcscim.scim.protocol.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON for the bulk tests, written with single quotes to keep the tables readable. */
final class BulkFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BulkFixtures() {
    }

    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Bad fixture: " + singleQuoted, e);
        }
    }
}
