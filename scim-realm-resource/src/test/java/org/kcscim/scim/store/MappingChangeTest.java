package org.kcscim.scim.store;

import org.junit.jupiter.api.Test;
import org.kcscim.config.AttributeMapping;
import org.kcscim.config.ConfigurationSettings;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.config.UserDeleteAction;
import org.kcscim.scim.store.MappingChange.EntryMove;
import org.kcscim.scim.store.MappingChange.EntryValue;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class MappingChangeTest {

    private static final EntryValue WORK_PHONE = new EntryValue("kcscim.phoneNumbers.#", "kcscim.phoneNumbers.",
            "work", "value");
    private static final EntryValue WORK_CITY = new EntryValue("kcscim.addresses.#", "kcscim.addresses.",
            "work", "locality");

    private static ScimConfiguration with(AttributeMapping... mappings) {
        return new ScimConfiguration("c1", "r1", new ConfigurationSettings("Entra", List.of(), true, false,
                UserDeleteAction.DISABLE, List.of(), List.of(mappings)), 0, 0, null);
    }

    @Test
    void givenSingularMappingsThenTheirRowsAreRenamed() {
        MappingChange change = MappingChange.between(
                with(new AttributeMapping("title", "jobTitle"), new AttributeMapping("nickName", "nick")),
                with(new AttributeMapping("title", "position"), new AttributeMapping("name.middleName", "middle")));
        assertEquals(Map.of("jobTitle", "position", "kcscim.name.middleName", "middle", "nick", "kcscim.nickName"),
                change.renames());
        assertTrue(change.toUser().isEmpty());
        assertTrue(change.toHidden().isEmpty());
        assertEquals(3, change.size());
    }

    @Test
    void givenEntryMappingsThenTheirValuesMoveInAndOutOfEntries() {
        MappingChange change = MappingChange.between(
                with(new AttributeMapping("phoneNumbers[type eq \"Work\"].value", "phone")),
                with(new AttributeMapping("addresses[type eq \"work\"].locality", "city")));
        assertEquals(List.of(new EntryMove(WORK_CITY, "city")), change.toUser());
        assertEquals(List.of(new EntryMove(WORK_PHONE, "phone")), change.toHidden());
        assertTrue(change.renames().isEmpty());
    }

    @Test
    void givenAnEntryMappedToAnotherAttributeThenTheUserAttributeIsRenamed() {
        MappingChange change = MappingChange.between(
                with(new AttributeMapping("phoneNumbers[type eq \"work\"].value", "phone")),
                with(new AttributeMapping("phoneNumbers[type eq \"WORK\"].value", "workPhone")));
        assertEquals(Map.of("phone", "workPhone"), change.renames());
        assertTrue(change.toUser().isEmpty() && change.toHidden().isEmpty());
    }

    @Test
    void givenTheSameMappingsThenNothingMoves() {
        AttributeMapping phone = new AttributeMapping("phoneNumbers[type eq \"work\"].value", "phone");
        assertTrue(MappingChange.between(with(phone), with(phone)).isEmpty());
    }

    @Test
    void givenRowNamesThenOnlyTypeRowsOfTheAttributeGiveAnIndex() {
        assertEquals(12, WORK_PHONE.typeRowIndex("kcscim.phoneNumbers.12.type"));
        assertEquals(-1, WORK_PHONE.typeRowIndex("kcscim.phoneNumbers.12.value"));
        assertEquals(-1, WORK_PHONE.typeRowIndex("kcscim.phoneNumbers.#"));
        assertEquals(-1, WORK_PHONE.typeRowIndex("kcscim.phoneNumbers.x.type"));
        assertEquals(-1, WORK_PHONE.typeRowIndex("kcscim.emails.0.type"));
        assertEquals("kcscim.phoneNumbers.3.value", WORK_PHONE.valueRow(3));
    }
}
