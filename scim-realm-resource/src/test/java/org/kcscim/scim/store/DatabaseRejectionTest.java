package org.kcscim.scim.store;

import org.junit.jupiter.api.Test;
import org.kcscim.scim.protocol.error.ScimException;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class DatabaseRejectionTest {

    @Test
    void aUniqueValueTakenByAConcurrentRequestIsAConflict() {
        ScimException answer = DatabaseRejection.of(new ModelDuplicateException("duplicate key")).orElseThrow();
        assertEquals(409, answer.status());
        assertEquals("uniqueness", answer.scimType().keyword());
    }

    @Test
    void aValueTheDatabaseCannotStoreIsTheClientsInvalidValueWithoutTheDatabasesWords() {
        // As MariaDB's driver reports a 4-byte character in a utf8mb3 column, wrapped by Keycloak's entity manager
        SQLException incorrectString = new SQLSyntaxErrorException(
                "Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column `kc`.`USER_ATTRIBUTE`.`VALUE`", "22007", 1366);
        ScimException answer = DatabaseRejection.of(new ModelException("Database operation failed",
                new RuntimeException("could not execute batch", incorrectString))).orElseThrow();
        assertEquals(400, answer.status());
        assertEquals("invalidValue", answer.scimType().keyword());
        assertFalse(answer.getMessage().contains("USER_ATTRIBUTE"), answer.getMessage());
    }

    @Test
    void anyOtherDatabaseFailureStaysTheServers() {
        SQLException connectionLost = new SQLException("Connection is closed", "08003");
        assertEquals(Optional.empty(), DatabaseRejection.of(new ModelException("Database operation failed", connectionLost)));
        assertEquals(Optional.empty(), DatabaseRejection.of(new IllegalStateException("a bug")));
    }
}
