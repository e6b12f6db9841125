package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Requests the HTTP server refuses before any SCIM code runs. */
@ExtendWith(KeycloakServerExtension.class)
class HostilePlatformLimitsIT {

    @TestFactory
    Stream<DynamicTest> platformLimitCases() {
        return HostileSuite.tests(PlatformLimitCases.all(HostileFixture.get()));
    }
}
