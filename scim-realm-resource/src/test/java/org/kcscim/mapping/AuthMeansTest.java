package org.kcscim.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class AuthMeansTest {

    @ParameterizedTest
    @CsvSource({"local,", "idp:corp,corp", "idp:entra-id,entra-id", "idp:a:b,a:b"})
    void givenAValidMeansThenItParsesAndPrintsBack(String text, String alias) {
        AuthMeans means = AuthMeans.parse(text).orElseThrow();
        assertEquals(alias, means.identityProvider());
        assertEquals(alias == null, means.isLocal());
        assertEquals(text, means.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Local", "idp:", "idp", "saml:corp", " local"})
    void givenAnythingElseThenItIsNoMeans(String text) {
        assertTrue(AuthMeans.parse(text).isEmpty());
    }
}
