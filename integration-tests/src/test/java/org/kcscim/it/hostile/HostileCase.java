package org.kcscim.it.hostile;

import org.kcscim.it.hostile.HostileFixture.Guard;
import org.kcscim.it.support.HttpResult;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One row of the suite: what is wrong with the request, the request, the answer it must get, what it must leave
 * unchanged, and (for requests meant to succeed) how to undo what it did.
 */
record HostileCase(String what, HostileRequest request, Expectation expected, Set<Guard> guards,
                   Consumer<HttpResult> afterwards) {

    HostileCase {
        guards = guards.isEmpty() ? EnumSet.noneOf(Guard.class) : EnumSet.copyOf(guards);
    }

    /** A refused request, guarding what its method could change. */
    static HostileCase of(String what, HostileRequest request, Expectation expected) {
        return new HostileCase(what, request, expected, guardsFor(request), answer -> { });
    }

    HostileCase guarding(Guard first, Guard... more) {
        return new HostileCase(what, request, expected, EnumSet.of(first, more), afterwards);
    }

    HostileCase afterwards(Consumer<HttpResult> undo) {
        return new HostileCase(what, request, expected, guards, undo);
    }

    /** The display name: method, path, what is wrong, and the answer expected. */
    String name() {
        return request.line() + " | " + what + " -> " + expected.label();
    }

    /**
     * Reads cannot change anything and are not guarded; a search is a read. A write is guarded against changes to
     * the fixture resources its path names, and against creations and deletions; a bulk request against all.
     */
    private static Set<Guard> guardsFor(HostileRequest request) {
        String path = request.target();
        String method = request.method();
        if (method.equals("GET") || (method.equals("POST") && path.contains(".search") && !path.contains(".search/"))) {
            return EnumSet.noneOf(Guard.class);
        }
        if (path.startsWith("Bulk")) {
            return EnumSet.allOf(Guard.class);
        }
        HostileFixture fixture = HostileFixture.get();
        Set<Guard> guards = EnumSet.of(Guard.COUNTS);
        if (path.contains(fixture.userId())) {
            guards.add(Guard.USER);
        }
        // The member's userName shows in the group as its display
        if (path.contains(fixture.groupId()) || path.contains(fixture.memberId())) {
            guards.add(Guard.GROUP);
        }
        if (path.contains(fixture.foreignUserId()) || path.contains(fixture.foreignGroupId())) {
            guards.add(Guard.FOREIGN);
        }
        return guards;
    }
}
