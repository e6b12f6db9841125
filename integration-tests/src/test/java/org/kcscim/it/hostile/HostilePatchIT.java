package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** PATCH requests wrong in their structure, paths, targets or values. */
@ExtendWith(KeycloakServerExtension.class)
class HostilePatchIT {

    @TestFactory
    Stream<DynamicTest> patchCases() {
        return HostileSuite.tests(PatchCases.all(HostileFixture.get()));
    }
}
