package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Bodies that are not one well-formed JSON object in UTF-8, or too large, on every endpoint that reads one. */
@ExtendWith(KeycloakServerExtension.class)
class HostileBodySyntaxIT {

    @TestFactory
    Stream<DynamicTest> bodySyntaxCases() {
        return HostileSuite.tests(BodySyntaxCases.all(HostileFixture.get()));
    }
}
