package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Bulk requests wrong as a whole or in their operations, and references between operations. */
@ExtendWith(KeycloakServerExtension.class)
class HostileBulkIT {

    @TestFactory
    Stream<DynamicTest> bulkCases() {
        return HostileSuite.tests(BulkCases.all(HostileFixture.get()));
    }
}
