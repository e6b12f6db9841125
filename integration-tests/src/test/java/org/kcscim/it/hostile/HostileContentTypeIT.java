package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Bodies sent as media types that are not JSON, on every endpoint that reads a body. */
@ExtendWith(KeycloakServerExtension.class)
class HostileContentTypeIT {

    @TestFactory
    Stream<DynamicTest> contentTypeCases() {
        return HostileSuite.tests(ContentTypeCases.all(HostileFixture.get()));
    }
}
