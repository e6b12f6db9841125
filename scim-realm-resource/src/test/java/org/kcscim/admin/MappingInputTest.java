package org.kcscim.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class MappingInputTest {

    @Test
    void givenEveryFieldThenEachIsReadAndGroupsMayBeObjects() {
        MappingInput input = MappingInput.parse("""
                {"id":"ignored","name":" Admins ","configurationId":"c1",
                 "groups":["g1",{"id":"g2","name":"Two"},"g1"],"roles":["manage-users"],
                 "accounts":["brand-a"],"means":["local","idp:corp"],"createdAt":"x"}""");
        assertEquals(Optional.of("Admins"), input.name());
        assertEquals(Optional.of("c1"), input.configurationId());
        assertEquals(Optional.of(List.of("g1", "g2")), input.groups());
        assertEquals(Optional.of(List.of("manage-users")), input.roles());
        assertEquals(Optional.of(List.of("brand-a")), input.accounts());
        assertEquals(Optional.of(List.of("local", "idp:corp")), input.means());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"\"}|name",
            "{\"name\":7}|name",
            "{\"groups\":[]}|groups",
            "{\"groups\":[{\"name\":\"no id\"}]}|groups",
            "{\"roles\":\"manage-users\"}|roles",
            "{\"roles\":[1]}|roles",
            "{\"accounts\":[]}|accounts",
            "{\"means\":[\"\"]}|means",
            "{\"configurationId\":5}|configurationId",
            "{\"priority\":1}|priority",
    })
    void givenABadFieldThenTheErrorNamesIt(String body, String field) {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> MappingInput.parse(body));
        assertEquals(400, problem.status());
        assertEquals(field, problem.errors().get(0).field());
    }
}
