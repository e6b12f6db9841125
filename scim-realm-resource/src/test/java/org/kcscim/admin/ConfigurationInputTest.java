package org.kcscim.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.config.UserDeleteAction;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class ConfigurationInputTest {

    @Test
    void givenEveryFieldThenEachIsRead() {
        ConfigurationInput input = ConfigurationInput.parse("""
                {"name":"  Entra ID  ","accounts":["a","b","a"],"active":false,
                 "adoptExistingUsers":true,"userDeleteAction":"disable"}""");
        assertEquals(Optional.of("Entra ID"), input.name());
        assertEquals(Optional.of(List.of("a", "b")), input.accounts());
        assertEquals(Optional.of(false), input.active());
        assertEquals(Optional.of(true), input.adoptExistingUsers());
        assertEquals(Optional.of(UserDeleteAction.DISABLE), input.userDeleteAction());
    }

    @Test
    void givenAbsentFieldsThenTheyStayEmpty() {
        ConfigurationInput input = ConfigurationInput.parse("{}");
        assertTrue(input.name().isEmpty());
        assertTrue(input.accounts().isEmpty());
        assertTrue(input.active().isEmpty());
    }

    @Test
    void givenReadOnlyFieldsSentBackThenTheyAreIgnored() {
        ConfigurationInput input = ConfigurationInput.parse("""
                {"id":"x","name":"n","createdAt":"2026-01-01T00:00:00Z","scimBaseUrl":"http://x","keyLastUsedAt":null}""");
        assertEquals(Optional.of("n"), input.name());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"\"}|name|Must not be empty",
            "{\"name\":\"   \"}|name|Must not be empty",
            "{\"name\":42}|name|Must be a string",
            "{\"accounts\":\"master\"}|accounts|Must be an array of realm names",
            "{\"accounts\":[1]}|accounts|Must be an array of realm names",
            "{\"accounts\":[]}|accounts|Must name at least one realm",
            "{\"active\":\"true\"}|active|Must be true or false",
            "{\"adoptExistingUsers\":1}|adoptExistingUsers|Must be true or false",
            "{\"userDeleteAction\":\"archive\"}|userDeleteAction|Must be \"delete\" or \"disable\"",
            "{\"colour\":\"blue\"}|colour|Unknown property",
            "{\"apiKey\":\"kcscim_x\"}|apiKey|An API key cannot be set; generate one with POST .../configurations/{id}/api-key",
    })
    void givenABadFieldThenTheErrorNamesIt(String body, String field, String message) {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> ConfigurationInput.parse(body));
        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError(field, message)), problem.errors());
    }

    @Test
    void givenANameOf101CharactersThenItIsRefusedAnd100IsAccepted() {
        assertEquals(Optional.of("n".repeat(100)),
                ConfigurationInput.parse("{\"name\":\"" + "n".repeat(100) + "\"}").name());
        AdminProblem problem = assertThrows(AdminProblem.class,
                () -> ConfigurationInput.parse("{\"name\":\"" + "n".repeat(101) + "\"}"));
        assertEquals("name", problem.errors().get(0).field());
    }

    @Test
    void givenSeveralBadFieldsThenAllAreReported() {
        AdminProblem problem = assertThrows(AdminProblem.class,
                () -> ConfigurationInput.parse("{\"name\":\"\",\"active\":\"yes\",\"x\":1}"));
        assertEquals(List.of("name", "active", "x"), problem.errors().stream().map(FieldError::field).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"name\":", "[]", "\"text\"", "nonsense"})
    void givenABodyThatIsNotAJsonObjectThenItIsABadRequest(String body) {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> ConfigurationInput.parse(body));
        assertEquals(400, problem.status());
    }
}
