package org.kcscim.scim.store.query;

import org.hibernate.Session;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kcscim.scim.protocol.filter.Filter;
import org.kcscim.scim.protocol.filter.FilterParser;
import org.kcscim.scim.protocol.filter.FilterValidator;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kcscim.scim.store.query.QueryFixture.OWNER;
import static org.kcscim.scim.store.query.QueryFixture.REALM;

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

    @Test
    void theQueriesLeaveTheTransactionsPlanCacheModeAsTheyFoundIt() {
        String after = database.read(em -> {
            em.unwrap(Session.class).doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                }
            });
            UserQuery query = new UserQuery(em, REALM, OWNER);
            query.ids(user("name.familyName eq \"smith\""), null, 0, 100);
            query.count(user("title pr"));
            return em.unwrap(Session.class).doReturningWork(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
                    result.next();
                    return result.getString(1);
                }
            });
        });
        assertEquals("force_generic_plan", after);
    }

    private static Filter user(String filter) {
        return FilterValidator.validate(FilterParser.parse(filter), ResourceTypeDefinition.USER);
    }
}
