package org.kcscim.scim.store.query;

import org.junit.jupiter.api.Assumptions;

/**
 * {@link ResourceQueryContract} on a throw-away database of the PostgreSQL at 127.0.0.1:5432; skipped where none
 * listens.
 */
class PostgresResourceQueryTest extends ResourceQueryContract {

    @Override
    QueryDatabase open() {
        Assumptions.assumeTrue(QueryDatabase.postgresReachable(), "no PostgreSQL at 127.0.0.1:5432");
        return QueryDatabase.postgres();
    }
}
