package org.kcscim.it.screens;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kcscim.it.support.ScimConfigurations;
import org.kcscim.it.support.UserProfiles;
import org.kcscim.it.support.browser.AttributesTab;
import org.kcscim.it.support.browser.ConfigurationDialog;
import org.kcscim.it.support.browser.ConfigurationsScreen;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.*;
import static org.kcscim.it.support.ScimConfigurations.path;

/**
 * The configuration dialog's Attributes tab (issue 15) in the real admin console: an administrator maps a SCIM
 * attribute to a user-profile attribute the tab adds to the realm's user profile, and the server and the user
 * profile then hold exactly that; an administrator who may only view sees the mappings and nothing to change.
 */
class AttributeMappingsScreenIT extends ConsoleBrowserTest {

    private static final String DEPARTMENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department";

    private static ScimConfigurations configurations;
    private static UserProfiles profiles;

    @BeforeAll
    static void useTheServer() {
        configurations = new ScimConfigurations(admin);
        profiles = new UserProfiles(admin);
    }

    @Test
    void anAdministratorMapsTheDepartmentToANewAdminOnlyUserProfileAttribute() {
        String realm = admin.createRealm("screens-attributes");
        ScimConfigurations.Created entra = configurations.create(realm, "Entra ID");
        assertNull(profiles.attribute(realm, "department"), "a new realm's user profile has no department");

        console.signIn("master", realm, server.adminUsername(), server.adminPassword());
        ConfigurationsScreen screen = console.openConfigurations();
        screen.awaitNames(List.of("Entra ID"));
        ConfigurationDialog dialog = screen.edit("Entra ID");
        AttributesTab attributes = dialog.attributes();
        assertEquals(List.of(), attributes.mappings());
        assertEquals(List.of(), attributes.extensions());

        attributes.chooseScimAttribute(DEPARTMENT);
        assertEquals("department", attributes.newAttributeName(), "the name suggested for the SCIM attribute");
        assertEquals("Department", attributes.newAttributeDisplayName());
        assertEquals("Department", attributes.addMissingToUserProfile());
        attributes.add();
        assertEquals(List.of(new AttributesTab.Mapping(DEPARTMENT, "department", "Department (department)")),
                attributes.mappings());
        chromium.screenshot("configuration-attributes");
        dialog.saveAndClose();

        JsonNode stored = configuration(realm, entra.id());
        assertEquals(1, stored.path("attributeMappings").size(), stored.toString());
        assertEquals(DEPARTMENT, stored.path("attributeMappings").get(0).path("scimPath").asText());
        assertEquals("department", stored.path("attributeMappings").get(0).path("userAttribute").asText());
        assertEquals("Entra ID", stored.path("name").asText(), "the rest of the configuration is unchanged");

        JsonNode department = profiles.attribute(realm, "department");
        assertNotNull(department, "the button added department to the realm's user profile");
        assertEquals("Department", department.path("displayName").asText());
        assertEquals(List.of("admin"), texts(department.path("permissions").path("edit")),
                "only administrators may edit what the directory provisions");
        assertFalse(department.path("multivalued").asBoolean());

        // Removing the mapping and saving leaves the attribute in the user profile, unmapped
        ConfigurationDialog again = screen.edit("Entra ID");
        AttributesTab reopened = again.attributes();
        assertEquals(List.of(new AttributesTab.Mapping(DEPARTMENT, "department", "Department (department)")),
                reopened.mappings());
        reopened.remove(DEPARTMENT);
        assertEquals(List.of(), reopened.mappings());
        again.saveAndClose();
        assertEquals(0, configuration(realm, entra.id()).path("attributeMappings").size());
        assertNotNull(profiles.attribute(realm, "department"));
    }

    @Test
    void anAdministratorWhoMayOnlyViewSeesTheMappingsButCannotChangeThem() {
        String realm = admin.createRealm("screens-attributes-view");
        ScimConfigurations.Created okta = configurations.create(realm, "Okta");
        profiles.addAdminOnlyAttribute(realm, "department", "Department");
        admin.send("PUT", path(realm) + "/" + okta.id(), admin.adminToken(),
                "{\"attributeMappings\":[{\"scimPath\":\"" + DEPARTMENT + "\",\"userAttribute\":\"department\"}]}")
                .expectStatus(200);
        String userId = admin.createUser(realm, "viewer", "viewer-pass");
        admin.grantManagementRoles(realm, userId, realm, "view-realm");

        console.signIn(realm, realm, "viewer", "viewer-pass");
        ConfigurationsScreen screen = console.openConfigurations();
        screen.awaitNames(List.of("Okta"));
        ConfigurationDialog dialog = screen.edit("Okta");
        AttributesTab attributes = dialog.attributes();
        assertEquals(List.of(new AttributesTab.Mapping(DEPARTMENT, "department", "Department (department)")),
                attributes.mappings());
        assertFalse(attributes.canChange(), "no add form and no remove button without manage-realm");
        dialog.close();
    }

    private static JsonNode configuration(String realm, String id) {
        return admin.send("GET", path(realm) + "/" + id, admin.adminToken(), null).expectStatus(200).json();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
