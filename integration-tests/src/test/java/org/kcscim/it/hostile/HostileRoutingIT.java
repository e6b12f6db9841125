package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Unknown paths, wrong methods and ids this key may not see, on every endpoint. */
@ExtendWith(KeycloakServerExtension.class)
class HostileRoutingIT {

    @TestFactory
    Stream<DynamicTest> routingCases() {
        return HostileSuite.tests(RoutingCases.all(HostileFixture.get()));
    }
}
