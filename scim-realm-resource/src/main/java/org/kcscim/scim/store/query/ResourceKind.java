package org.kcscim.scim.store.query;

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

import java.util.List;

/**
 * The Keycloak JPA entities behind one SCIM resource type, and which of their rows a configuration sees: the
 * scope every query is ANDed with.
 */
enum ResourceKind {

    /** Users of the realm, not service accounts, carrying the configuration's owner tag. */
    USER(UserEntity.class, UserAttributeEntity.class, "user", true, UserTargets.INSTANCE) {
        @Override
        Predicate scope(CriteriaBuilder cb, CommonAbstractCriteria query, Root<?> root, String realmId,
                        String ownerId) {
            return cb.and(cb.equal(root.get("realmId"), realmId),
                    cb.isNull(root.get("serviceAccountClientLink")),
                    ownedBy(cb, query, root, ownerId));
        }

        @Override
        List<Expression<?>> defaultOrder(CriteriaBuilder cb, Root<?> root) {
            // Creation order, so that a client paging through a growing list sees new users at the end;
            // coalesce because old users may lack the timestamp and databases disagree on where nulls sort.
            return List.of(cb.coalesce(root.<Long>get("createdTimestamp"), cb.literal(0L)));
        }
    },

    /** Top-level realm groups (not organization groups, not subgroups) carrying the configuration's owner tag. */
    GROUP(GroupEntity.class, GroupAttributeEntity.class, "group", false, GroupTargets.INSTANCE) {
        @Override
        Predicate scope(CriteriaBuilder cb, CommonAbstractCriteria query, Root<?> root, String realmId,
                        String ownerId) {
            return cb.and(cb.equal(root.get("realm"), realmId),
                    cb.equal(root.get("parentId"), GroupEntity.TOP_PARENT_ID),
                    cb.equal(root.get("type"), GroupModel.Type.REALM.intValue()),
                    ownedBy(cb, query, root, ownerId));
        }

        @Override
        List<Expression<?>> defaultOrder(CriteriaBuilder cb, Root<?> root) {
            return List.of();
        }
    };

    private final Class<?> entity;
    private final Class<?> attributeEntity;
    private final String attributeOwner;
    private final boolean longValues;
    private final AttributeTargets targets;

    ResourceKind(Class<?> entity, Class<?> attributeEntity, String attributeOwner, boolean longValues,
                 AttributeTargets targets) {
        this.entity = entity;
        this.attributeEntity = attributeEntity;
        this.attributeOwner = attributeOwner;
        this.longValues = longValues;
        this.targets = targets;
    }

    /** The rows a configuration may see. */
    abstract Predicate scope(CriteriaBuilder cb, CommonAbstractCriteria query, Root<?> root, String realmId,
                             String ownerId);

    /** Sort keys before the id when the client asks for no order. */
    abstract List<Expression<?>> defaultOrder(CriteriaBuilder cb, Root<?> root);

    Class<?> entity() {
        return entity;
    }

    Class<?> attributeEntity() {
        return attributeEntity;
    }

    AttributeTargets targets() {
        return targets;
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

    /** The resource carries the owner tag of the configuration {@code ownerId}. */
    Predicate ownedBy(CriteriaBuilder cb, CommonAbstractCriteria query, Root<?> root, String ownerId) {
        return attributeRows(cb, query, root.get("id"), cb.literal(StoredNames.OWNER))
                .some((value, row) -> cb.equal(value, ownerId));
    }
}
