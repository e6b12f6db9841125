package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Filters and list parameters that are malformed, unknown or too large. */
@ExtendWith(KeycloakServerExtension.class)
class HostileQueriesIT {

    @TestFactory
    Stream<DynamicTest> queryCases() {
        return HostileSuite.tests(QueryCases.all(HostileFixture.get()));
    }
}
