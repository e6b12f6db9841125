package org.kcscim.config;

import org.junit.jupiter.api.Test;
import org.kcscim.scim.protocol.schema.AttributeType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScimConfigurationTest {

    private static final String URN = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
    private static final ConfigurationSettings SETTINGS = new ConfigurationSettings("Directory", List.of("realm"),
            true, false, UserDeleteAction.DELETE,
            List.of(new SchemaExtension(URN, List.of(new ExtensionAttribute("badge", AttributeType.STRING, false,
                    false, false)))),
            List.of());
    private static final StoredApiKey KEY = new StoredApiKey("hash", 1L, null, 0L);

    private static ScimConfiguration configuration(ConfigurationSettings settings) {
        return new ScimConfiguration("id", "realm", settings, 1L, 2L, KEY);
    }

    @Test
    void givenDeclaredExtensionsThenTheUserTypeIsBuiltOnceWithThem() {
        ScimConfiguration configuration = configuration(SETTINGS);
        ResourceTypeDefinition type = configuration.userType();
        assertSame(type, configuration.userType());
        assertTrue(type.schema(URN).isPresent());
        assertTrue(type.schema(URN).get().attribute("badge").isPresent());
    }

    @Test
    void givenNoExtensionsThenTheUserTypeIsTheCoreOne() {
        ConfigurationSettings plain = new ConfigurationSettings("Directory", List.of("realm"), true, false,
                UserDeleteAction.DELETE);
        assertSame(ResourceTypeDefinition.USER, configuration(plain).userType());
    }

    @Test
    void givenTheSameValuesThenEqualWhetherOrNotTheUserTypeWasComputed() {
        ScimConfiguration used = configuration(SETTINGS);
        used.userType();
        ScimConfiguration fresh = configuration(SETTINGS);
        assertEquals(fresh, used);
        assertEquals(fresh.hashCode(), used.hashCode());
        assertEquals(fresh.toString(), used.toString());
        assertNotEquals(fresh, new ScimConfiguration("other", "realm", SETTINGS, 1L, 2L, KEY));
        assertTrue(fresh.toString().startsWith("ScimConfiguration[id=id, realmId=realm, settings="));
    }
}
