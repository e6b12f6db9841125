package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Required attributes emptied, names taken, and stale versions. */
@ExtendWith(KeycloakServerExtension.class)
class HostileResourceRulesIT {

    @TestFactory
    Stream<DynamicTest> resourceRuleCases() {
        return HostileSuite.tests(ResourceRuleCases.all(HostileFixture.get()));
    }
}
