package org.kcscim.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StoredApiKeyTest {

    private static final long NOW = 1_800_000_000_000L;

    @Test
    void givenRotationWithoutGraceThenTheOldKeyStopsAtOnce() {
        ApiKey first = ApiKey.generate();
        ApiKey second = ApiKey.generate();
        StoredApiKey rotated = StoredApiKey.first(first, NOW).rotatedTo(second, NOW + 1, 0);
        assertFalse(rotated.accepts(first.value(), NOW + 1));
        assertTrue(rotated.accepts(second.value(), NOW + 1));
        assertEquals(0, rotated.previousValidUntil(NOW + 1));
    }

    @Test
    void givenRotationWithGraceThenTheOldKeyWorksUntilTheGraceEnds() {
        ApiKey first = ApiKey.generate();
        ApiKey second = ApiKey.generate();
        StoredApiKey rotated = StoredApiKey.first(first, NOW).rotatedTo(second, NOW, 60);
        assertTrue(rotated.accepts(first.value(), NOW + 59_999));
        assertFalse(rotated.accepts(first.value(), NOW + 60_000));
        assertTrue(rotated.accepts(second.value(), NOW + 60_000));
        assertEquals(NOW + 60_000, rotated.previousValidUntil(NOW));
        assertEquals(0, rotated.previousValidUntil(NOW + 60_000));
    }

    @Test
    void givenTwoRotationsThenOnlyTheLatestPreviousKeyKeepsItsGrace() {
        ApiKey first = ApiKey.generate();
        ApiKey second = ApiKey.generate();
        ApiKey third = ApiKey.generate();
        StoredApiKey twice = StoredApiKey.first(first, NOW).rotatedTo(second, NOW, 600).rotatedTo(third, NOW + 1, 600);
        assertFalse(twice.accepts(first.value(), NOW + 2));
        assertTrue(twice.accepts(second.value(), NOW + 2));
        assertTrue(twice.accepts(third.value(), NOW + 2));
    }
}
