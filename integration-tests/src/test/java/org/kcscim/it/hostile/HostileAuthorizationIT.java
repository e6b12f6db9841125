package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** The Authorization header in every broken form, and authentication judged before anything else. */
@ExtendWith(KeycloakServerExtension.class)
class HostileAuthorizationIT {

    @TestFactory
    Stream<DynamicTest> authorizationCases() {
        return HostileSuite.tests(AuthorizationCases.all(HostileFixture.get()));
    }
}
