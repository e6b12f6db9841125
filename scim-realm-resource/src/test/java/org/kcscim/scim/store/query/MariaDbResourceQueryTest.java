package org.kcscim.scim.store.query;

import org.junit.jupiter.api.Assumptions;

/**
 * {@link ResourceQueryContract} on a throw-away database of the MariaDB at 127.0.0.1:3306, whose default
 * collation ignores case; skipped where none listens.
 */
class MariaDbResourceQueryTest extends ResourceQueryContract {

    @Override
    QueryDatabase open() {
        Assumptions.assumeTrue(QueryDatabase.mariaDbReachable(), "no MariaDB at 127.0.0.1:3306");
        return QueryDatabase.mariaDb();
    }
}
