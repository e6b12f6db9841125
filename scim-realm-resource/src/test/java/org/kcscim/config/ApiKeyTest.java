package org.kcscim.config;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ApiKeyTest {

    @Test
    void generatedKeysCarryThePrefixAnd256RandomBits() {
        ApiKey key = ApiKey.generate();
        assertTrue(key.value().startsWith(ApiKey.PREFIX));
        byte[] random = Base64.getUrlDecoder().decode(key.value().substring(ApiKey.PREFIX.length()));
        assertEquals(32, random.length);
    }

    @Test
    void generatedKeysAreDistinct() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKey.generate().value());
        }
        assertEquals(1000, keys.size());
    }

    @Test
    void theHashIsNotTheKeyAndMatchesOnlyThatKey() {
        ApiKey key = ApiKey.generate();
        assertFalse(key.hash().contains(key.value().substring(ApiKey.PREFIX.length())));
        assertTrue(ApiKey.matches(key.value(), key.hash()));
        assertFalse(ApiKey.matches(ApiKey.generate().value(), key.hash()));
        assertFalse(ApiKey.matches(key.value() + "x", key.hash()));
        assertFalse(ApiKey.matches(null, key.hash()));
        assertFalse(ApiKey.matches(key.value(), null));
        assertFalse(ApiKey.matches(key.value(), ""));
    }

    @Test
    void toStringNeverRevealsTheKey() {
        ApiKey key = ApiKey.generate();
        assertFalse(key.toString().contains(key.value().substring(ApiKey.PREFIX.length())));
    }
}
