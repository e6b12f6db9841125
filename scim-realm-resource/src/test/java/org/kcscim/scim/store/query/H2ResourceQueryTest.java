package org.kcscim.scim.store.query;

/** {@link ResourceQueryContract} on in-memory H2, Keycloak's development database. */
class H2ResourceQueryTest extends ResourceQueryContract {

    @Override
    QueryDatabase open() {
        return QueryDatabase.h2();
    }
}
