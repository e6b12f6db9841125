package org.kcscim.authenticator;

import org.junit.jupiter.api.Test;
import org.kcscim.mapping.AuthMeans;
import org.kcscim.mapping.Mapping;
import org.kcscim.mapping.MappingSettings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SignInPolicyTest {

    private static final AuthMeans CORP = new AuthMeans("corp");

    @Test
    void aMeansOneMappingAllowsIsAllowedEvenIfAnotherMappingDoesNotAllowIt() {
        SignInPolicy.Verdict verdict = SignInPolicy.decide(CORP,
                List.of(mapping("admins", AuthMeans.LOCAL), mapping("staff", CORP)));

        assertTrue(verdict.allowed());
        assertNull(verdict.reason());
        assertEquals(List.of("idp:corp", "local"), List.copyOf(verdict.allowedMeans()));
    }

    @Test
    void aMeansNoMappingAllowsIsRefusedAndTheAllowedOnesAreNamed() {
        SignInPolicy.Verdict verdict = SignInPolicy.decide(AuthMeans.LOCAL, List.of(mapping("staff", CORP)));

        assertFalse(verdict.allowed());
        assertEquals("means_not_allowed", verdict.reason());
        assertEquals(AuthMeans.LOCAL, verdict.attempted());
        assertEquals(List.of("idp:corp"), List.copyOf(verdict.allowedMeans()));
    }

    @Test
    void anotherIdentityProviderIsNotTheAllowedOne() {
        SignInPolicy.Verdict verdict = SignInPolicy.decide(new AuthMeans("social"), List.of(mapping("staff", CORP)));

        assertEquals("means_not_allowed", verdict.reason());
    }

    @Test
    void aUserInNoMappedGroupIsRefusedWhateverTheMeans() {
        SignInPolicy.Verdict verdict = SignInPolicy.decide(AuthMeans.LOCAL, List.of());

        assertFalse(verdict.allowed());
        assertEquals("no_mapping", verdict.reason());
        assertTrue(verdict.allowedMeans().isEmpty());
    }

    @Test
    void aMappingThatAllowsNoMeansLetsNobodyIn() {
        SignInPolicy.Verdict verdict = SignInPolicy.decide(AuthMeans.LOCAL, List.of(mapping("roles only")));

        assertEquals("means_not_allowed", verdict.reason());
        assertTrue(verdict.allowedMeans().isEmpty());
    }

    private static Mapping mapping(String name, AuthMeans... means) {
        return new Mapping("id-" + name, "configuration",
                new MappingSettings(name, List.of("group"), List.of(), List.of("realm"), List.of(means)), 0, 0);
    }
}
