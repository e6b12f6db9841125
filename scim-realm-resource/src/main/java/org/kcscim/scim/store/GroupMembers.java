package org.kcscim.scim.store;

import java.util.Collection;
import java.util.List;

/** Reads a group's members from the membership table without loading users. */
public interface GroupMembers {

    /** Every member, in a stable order. */
    List<MemberRef> of(String groupId);

    /** Ids of the members not in {@code keep}: what a replace of the member list must remove. */
    List<String> idsNotIn(String groupId, Collection<String> keep);
}
