package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** What the server accepts on purpose although it could refuse it: each pinned as a success. */
@ExtendWith(KeycloakServerExtension.class)
class HostileLeniencyIT {

    @TestFactory
    Stream<DynamicTest> leniencyCases() {
        return HostileSuite.tests(LeniencyCases.all(HostileFixture.get()));
    }
}
