package org.kcscim.scim.store;

import jakarta.persistence.EntityManager;
import org.keycloak.models.jpa.entities.UserAttributeEntity;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keycloak's user attribute rows of a batch of users, read and renamed set-based, for {@link StoredValueMigration}:
 * a moved value keeps its row, only the row's name changes.
 */
final class UserAttributeRows {

    /** One row: whose, which name, which value (the short value; the values read here are never long). */
    record Row(String userId, String name, String value) {
    }

    /**
     * The row's name, in a form no index on names serves, so that every statement here finds its rows through the
     * index on users: a batch's few thousand rows. The statistics of a name index are stale during a move (it
     * renames a hundred thousand rows between two ANALYZEs), and PostgreSQL then walked every row of a name already
     * moved for each batch, which made unmapping 100,000 users three times slower than mapping them.
     */
    private static final String NAME = "CONCAT(NAME, '')";

    private final EntityManager em;
    private final List<String> users;

    UserAttributeRows(EntityManager em, List<String> users) {
        this.em = em;
        this.users = users;
    }

    /**
     * Renames the rows {@code oldName} of {@code among} to {@code newName}. The directory is the authority on what
     * it sends: a value an administrator set meanwhile under the new name gives way to the moved one, rather than
     * both becoming one multi-valued attribute.
     */
    void rename(List<String> among, String oldName, String newName) {
        if (among.isEmpty()) {
            return;
        }
        em.createNativeQuery("DELETE FROM USER_ATTRIBUTE WHERE " + NAME + " = ?1 AND USER_ID IN (?2) AND USER_ID IN"
                        + " (SELECT moved.USER_ID FROM USER_ATTRIBUTE moved WHERE CONCAT(moved.NAME, '') = ?3"
                        + " AND moved.USER_ID IN (?2))")
                .setParameter(1, newName).setParameter(2, among).setParameter(3, oldName).executeUpdate();
        em.createNativeQuery("UPDATE USER_ATTRIBUTE SET NAME = ?1 WHERE " + NAME + " = ?2 AND USER_ID IN (?3)")
                .setParameter(1, newName).setParameter(2, oldName).setParameter(3, among).executeUpdate();
    }

    void rename(String oldName, String newName) {
        rename(users, oldName, newName);
    }

    /** The users of the batch with a row named {@code name}. */
    @SuppressWarnings("unchecked")
    List<String> holders(String name) {
        return ((List<Object>) em.createNativeQuery("SELECT DISTINCT USER_ID FROM USER_ATTRIBUTE WHERE " + NAME
                        + " = ?1 AND USER_ID IN (?2)")
                .setParameter(1, name).setParameter(2, users).getResultList())
                .stream().map(Objects::toString).toList();
    }

    /**
     * The rows of {@code among} whose names start with {@code prefix}. LIKE without escapes: a {@code _} in the
     * prefix matches more rows than needed, never fewer, and callers check the names they get.
     */
    @SuppressWarnings("unchecked")
    List<Row> startingWith(List<String> among, String prefix) {
        if (among.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT USER_ID, NAME, VALUE FROM USER_ATTRIBUTE"
                        + " WHERE USER_ID IN (?1) AND " + NAME + " LIKE ?2")
                .setParameter(1, among).setParameter(2, prefix + "%").getResultList()) {
            rows.add(new Row(Objects.toString(row[0]), Objects.toString(row[1]), row[2] == null ? null : row[2].toString()));
        }
        return rows;
    }

    List<Row> startingWith(String prefix) {
        return startingWith(users, prefix);
    }

    /** Adds a row, through Keycloak's entity so that its id and columns are Keycloak's own. */
    void add(String userId, String name, String value) {
        UserAttributeEntity row = new UserAttributeEntity();
        row.setId(KeycloakModelUtils.generateId());
        row.setUser(em.getReference(UserEntity.class, userId));
        row.setName(name);
        row.setValue(value);
        em.persist(row);
    }
}
