package org.kcscim.config;

/**
 * A SCIM attribute kept in an attribute of the realm's user profile, so that Keycloak itself (the console, the
 * profile's validators, token mappers) sees it.
 *
 * @param scimPath      a SCIM path such as {@code title}, {@code urn:…:enterprise:2.0:User:department} or
 *                      {@code phoneNumbers[type eq "work"].value}
 * @param userAttribute the user-profile attribute's name, such as {@code department}
 */
public record AttributeMapping(String scimPath, String userAttribute) {
}
