package org.kcscim.scim.store.query;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.keycloak.models.GroupModel;
import org.keycloak.models.jpa.entities.GroupAttributeEntity;
import org.keycloak.models.jpa.entities.GroupEntity;
import org.keycloak.models.jpa.entities.UserAttributeEntity;
import org.keycloak.models.jpa.entities.UserEntity;
import org.kcscim.scim.store.StoredNames;
import org.kcscim.scim.store.ownership.UserOwnerEntity;

import java.util.List;

/**
 * The Keycloak JPA entities behind one SCIM resource type, and which of their rows a configuration sees: the
 * scope every query is ANDed with.
 */
enum ResourceKind {

    /** Users the configuration owns by the ownership table: users of the realm, never service accounts. */
    USER(UserAttributeEntity.class, "user", true) {
        @Override
        ResourceRows rows(CriteriaBuilder cb, AbstractQuery<?> query, String realmId, String ownerId) {
            // Creation order, so that a client paging through a growing list sees new users at the end
            return ResourceRows.ofIndex(cb, query, UserOwnerEntity.class, UserEntity.class,
                    owner -> owner.get("userId"),
                    owner -> cb.equal(owner.get("configurationId"), ownerId),
                    owner -> List.of(owner.get("createdTimestamp")),
                    user -> cb.and(cb.equal(user.get("realmId"), realmId),
                            cb.isNull(user.get("serviceAccountClientLink"))));
        }
    },

    /** Top-level realm groups (not organization groups, not subgroups) carrying the configuration's owner tag. */
    GROUP(GroupAttributeEntity.class, "group", false) {
        @Override
        ResourceRows rows(CriteriaBuilder cb, AbstractQuery<?> query, String realmId, String ownerId) {
            return ResourceRows.ofEntity(cb, query, GroupEntity.class, root -> cb.and(
                    cb.equal(root.get("realm"), realmId),
                    cb.equal(root.get("parentId"), GroupEntity.TOP_PARENT_ID),
                    cb.equal(root.get("type"), GroupModel.Type.REALM.intValue()),
                    ownedBy(cb, query, root, ownerId)));
        }
    };

    private final Class<?> attributeEntity;
    private final String attributeOwner;
    private final boolean longValues;

    ResourceKind(Class<?> attributeEntity, String attributeOwner, boolean longValues) {
        this.attributeEntity = attributeEntity;
        this.attributeOwner = attributeOwner;
        this.longValues = longValues;
    }

    /** The rows of the resources a configuration may see, added to {@code query}. */
    abstract ResourceRows rows(CriteriaBuilder cb, AbstractQuery<?> query, String realmId, String ownerId);

    Class<?> attributeEntity() {
        return attributeEntity;
    }

    /** The id of the resource an attribute row belongs to. */
    Path<Object> ownerId(Root<?> attributeRow) {
        return attributeRow.get(attributeOwner).get("id");
    }

    /**
     * Attribute rows of the resource whose id is {@code resourceId}, as a {@link ValueSource} of their values.
     *
     * @param name the row name, a literal or an expression (entries name their rows with {@code concat})
     */
    ValueSource attributeRows(CriteriaBuilder cb, CommonAbstractCriteria parent, Expression<?> resourceId,
                              Expression<String> name) {
        return ValueSource.rows(cb, parent, attributeEntity, "value", longValues, resourceId, this::ownerId,
                row -> cb.equal(row.get("name"), name));
    }

    /**
     * The rows of one sub-attribute of the entry {@code anchor}. Tied to the anchor's resource as well as to its
     * index, so that the database can find them through the per-resource index rather than among every
     * resource's rows of that name.
     */
    ValueSource entryRows(CriteriaBuilder cb, CommonAbstractCriteria parent, Root<?> anchor, Expression<String> name) {
        Expression<Object> resource = ownerId(anchor);
        return ValueSource.rows(cb, parent, attributeEntity, "value", longValues, resource, this::ownerId,
                row -> cb.and(cb.equal(ownerId(row), resource), cb.equal(row.get("name"), name)));
    }

    /**
     * The rows of the sub-attribute {@code subAttribute} in every entry of the resource whose id is
     * {@code resourceId}: names matching {@code entryPrefix + <index> + "." + subAttribute}.
     */
    ValueSource anyEntryRows(CriteriaBuilder cb, CommonAbstractCriteria parent, Expression<?> resourceId,
                             String entryPrefix, String subAttribute) {
        String names = LikePatterns.escape(entryPrefix) + "%." + LikePatterns.escape(subAttribute);
        return ValueSource.rows(cb, parent, attributeEntity, "value", longValues, resourceId, this::ownerId,
                row -> cb.like(row.get("name"), cb.literal(names), LikePatterns.ESCAPE));
    }

    /** The group carries the owner tag of the configuration {@code ownerId}. */
    static Predicate ownedBy(CriteriaBuilder cb, CommonAbstractCriteria query, Root<?> root, String ownerId) {
        return GROUP.attributeRows(cb, query, root.get("id"), cb.literal(StoredNames.OWNER))
                .some((value, row) -> cb.equal(value, ownerId));
    }
}
