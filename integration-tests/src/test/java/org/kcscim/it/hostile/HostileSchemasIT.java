package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** The schemas member of resources and messages, missing or wrong. */
@ExtendWith(KeycloakServerExtension.class)
class HostileSchemasIT {

    @TestFactory
    Stream<DynamicTest> schemasCases() {
        return HostileSuite.tests(SchemasCases.all(HostileFixture.get()));
    }
}
