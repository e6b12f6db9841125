package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** Every User, Enterprise and Group attribute with a value of the wrong JSON type. */
@ExtendWith(KeycloakServerExtension.class)
class HostileAttributeTypesIT {

    @TestFactory
    Stream<DynamicTest> attributeTypeCases() {
        return HostileSuite.tests(AttributeTypeCases.all(HostileFixture.get()));
    }
}
