package org.kcscim.it.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.KeycloakServerExtension;

import java.util.stream.Stream;

/** NUL characters and unpaired surrogates in bodies that store or search. */
@ExtendWith(KeycloakServerExtension.class)
class HostileForbiddenCharactersIT {

    @TestFactory
    Stream<DynamicTest> forbiddenCharacterCases() {
        return HostileSuite.tests(ForbiddenCharacterCases.all(HostileFixture.get()));
    }
}
