package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.keycloak.models.jpa.entities.UserGroupMembershipEntity;
import org.kcscim.scim.store.GroupMembers;
import org.kcscim.scim.store.MemberRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the direct members of a group from Keycloak's membership table, one query each, never through
 * {@code GroupModel}/{@code UserModel}, which would load every member as a full user. Returns what the table
 * holds: the writer ensures that a configuration's group only has that configuration's users.
 */
public final class GroupMemberQuery implements GroupMembers {

    /** Ids per {@code NOT IN} list: below Oracle's limit of 1000 expressions per list. */
    static final int IN_LIST_SIZE = 500;
    /** Past this many ids to keep, the member ids are scanned in pages rather than sent as parameters. */
    static final int MAX_KEEP_PARAMETERS = 10_000;

    /**
     * A member with what the {@code members} attribute may show of it.
     *
     * @param id the user id, {@code members.value}
     */
    public record Member(String id, String username, String firstName, String lastName) {

        /** {@code members.display}: the full name when the user has one, otherwise the username. */
        public String display() {
            String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return full.isEmpty() ? username : full;
        }
    }

    private final EntityManager em;

    public GroupMemberQuery(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** The members of {@code groupId}, ordered by user id, from one query joining membership and user. */
    public List<Member> members(String groupId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Member> query = cb.createQuery(Member.class);
        Root<UserGroupMembershipEntity> membership = query.from(UserGroupMembershipEntity.class);
        Join<UserGroupMembershipEntity, ?> user = membership.join("user");
        query.select(cb.construct(Member.class, user.get("id"), user.get("username"), user.get("firstName"),
                        user.get("lastName")))
                .where(cb.equal(membership.get("groupId"), groupId))
                .orderBy(cb.asc(user.get("id")));
        return em.createQuery(query).getResultList();
    }

    /** The members of {@code groupId} as {@link MemberRef}s (display as {@link Member#display()}), by user id. */
    @Override
    public List<MemberRef> of(String groupId) {
        return members(groupId).stream().map(member -> new MemberRef(member.id(), member.display())).toList();
    }

    /** How many direct members the groups have together, each user counted once, without loading any. */
    public long countDistinct(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<UserGroupMembershipEntity> membership = query.from(UserGroupMembershipEntity.class);
        query.select(cb.countDistinct(membership.get("user").get("id")))
                .where(membership.get("groupId").in(groupIds));
        return em.createQuery(query).getSingleResult();
    }


    /**
     * The ids of the members of {@code groupId} that are not in {@code keep}, ordered by id: what a replace-all
     * of the members removes. The comparison happens in the database as long as {@code keep} fits in a few
     * {@code NOT IN} lists; a larger {@code keep} has the member ids read in pages of {@value #IN_LIST_SIZE}
     * (never all at once) and checked against it.
     */
    @Override
    public List<String> idsNotIn(String groupId, Collection<String> keep) {
        Set<String> kept = new LinkedHashSet<>(keep);
        if (kept.size() <= MAX_KEEP_PARAMETERS) {
            return memberIds(groupId, kept, null, Integer.MAX_VALUE);
        }
        List<String> removed = new ArrayList<>();
        String after = null;
        while (true) {
            List<String> page = memberIds(groupId, Set.of(), after, IN_LIST_SIZE);
            for (String id : page) {
                if (!kept.contains(id)) {
                    removed.add(id);
                }
            }
            if (page.size() < IN_LIST_SIZE) {
                return removed;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** Member ids not in {@code excluded}, greater than {@code after} when given, in id order. */
    private List<String> memberIds(String groupId, Set<String> excluded, String after, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<UserGroupMembershipEntity> membership = query.from(UserGroupMembershipEntity.class);
        Path<String> userId = membership.get("user").get("id");
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(membership.get("groupId"), groupId));
        List<String> ids = new ArrayList<>(excluded);
        for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
            where.add(cb.not(userId.in(ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE)))));
        }
        if (after != null) {
            where.add(cb.greaterThan(userId, after));
        }
        query.select(userId).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(userId));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }
}
