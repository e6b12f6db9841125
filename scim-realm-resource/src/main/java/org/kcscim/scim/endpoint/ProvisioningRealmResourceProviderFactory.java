package org.kcscim.scim.endpoint;

import org.jboss.logging.Logger;
import org.kcscim.compatibility.ExtensionVersion;
import org.kcscim.compatibility.KeycloakCompatibility;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import java.time.Duration;
import java.util.List;

/**
 * Mounts {@link ProvisioningRealmResource} at {@code /realms/{realm}/provisioning}. The id is not {@code scim}:
 * Keycloak 26.7 serves its own preview SCIM API under that one.
 *
 * <p>Owns the node's {@link FailedAuthenticationThrottle} and {@link HeldAnswers}, the throttle configured with the SPI options
 * {@code --spi-realm-restapi-extension--provisioning--failed-authentication-limit} and
 * {@code --spi-realm-restapi-extension--provisioning--failed-authentication-window-seconds}.
 *
 * <p>Also says at startup which extension version runs on which Keycloak version, and warns when that Keycloak is
 * untested or known to break the extension. This factory does it because every installation loads it (the SCIM
 * endpoint is the extension's reason to be, and the Keycloak bug worth warning about breaks exactly this endpoint) and
 * Keycloak calls {@link #postInit} once per factory per server start, at run time only (not in {@code kc.sh build}).
 * The extension's other factories stay silent, so the lines appear once.
 */
public class ProvisioningRealmResourceProviderFactory implements RealmResourceProviderFactory {

    private static final Logger LOG = Logger.getLogger(ProvisioningRealmResourceProviderFactory.class);

    public static final String ID = "provisioning";
    public static final String FAILED_AUTHENTICATION_LIMIT = "failed-authentication-limit";
    public static final String FAILED_AUTHENTICATION_WINDOW_SECONDS = "failed-authentication-window-seconds";

    private volatile FailedAuthenticationThrottle throttle;
    private final HeldAnswers heldAnswers = new HeldAnswers();

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new ProvisioningRealmResource(session);
            }

            @Override
            public void close() {
            }
        };
    }

    /** The throttle of this node, which every SCIM request consults before authenticating. */
    static FailedAuthenticationThrottle throttle(KeycloakSession session) {
        return ((ProvisioningRealmResourceProviderFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(RealmResourceProvider.class, ID)).throttle;
    }

    /** Where this node holds the answers to throttled requests back. */
    static HeldAnswers heldAnswers(KeycloakSession session) {
        return ((ProvisioningRealmResourceProviderFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(RealmResourceProvider.class, ID)).heldAnswers;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
        // A value below 1 stops the server at start: a throttle that refuses everyone or no one is a typo
        throttle = FailedAuthenticationThrottle.of(
                config.getInt(FAILED_AUTHENTICATION_LIMIT, FailedAuthenticationThrottle.DEFAULT_LIMIT),
                Duration.ofSeconds(config.getInt(FAILED_AUTHENTICATION_WINDOW_SECONDS,
                        (int) FailedAuthenticationThrottle.DEFAULT_WINDOW.toSeconds())));
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(FAILED_AUTHENTICATION_LIMIT)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Failed SCIM authentications from one client address within the window after which"
                        + " that address gets 429 until the window ends")
                .defaultValue(FailedAuthenticationThrottle.DEFAULT_LIMIT)
                .add()
                .property()
                .name(FAILED_AUTHENTICATION_WINDOW_SECONDS)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Length in seconds of the window in which failed SCIM authentications are counted")
                .defaultValue(FailedAuthenticationThrottle.DEFAULT_WINDOW.toSeconds())
                .add()
                .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        KeycloakCompatibility compatibility = KeycloakCompatibility.running();
        LOG.info(compatibility.startupLine(ExtensionVersion.current()));
        compatibility.untestedWarning().ifPresent(LOG::warn);
        // ERROR rather than WARN: on these versions no directory can provision at all
        compatibility.knownBugError().ifPresent(LOG::error);
    }

    @Override
    public void close() {
        heldAnswers.close();
    }
}
