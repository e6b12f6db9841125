package org.kcscim.scim.store.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import org.kcscim.config.KeyUseEntity;
import org.kcscim.scim.store.ownership.UserOwnerEntity;
import org.keycloak.models.jpa.entities.CredentialEntity;
import org.keycloak.models.jpa.entities.FederatedIdentityEntity;
import org.keycloak.models.jpa.entities.GroupAttributeEntity;
import org.keycloak.models.jpa.entities.GroupEntity;
import org.keycloak.models.jpa.entities.OrganizationDomainEntity;
import org.keycloak.models.jpa.entities.OrganizationEntity;
import org.keycloak.models.jpa.entities.UserAttributeEntity;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.jpa.entities.UserGroupMembershipEntity;
import org.keycloak.models.jpa.entities.UserRequiredActionEntity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate (the version Keycloak ships) over Keycloak's user and group entities, with a schema generated from
 * them, on in-memory H2 or on a throw-away database of the PostgreSQL at 127.0.0.1:5432 (user postgres, trust
 * authentication). Only for the query tests: Keycloak's real schema comes from Liquibase, but the columns these
 * queries touch are the entities' own.
 */
final class QueryDatabase implements AutoCloseable {

    private static final List<Class<?>> ENTITIES = List.of(UserEntity.class, UserAttributeEntity.class,
            UserGroupMembershipEntity.class, UserRequiredActionEntity.class, CredentialEntity.class,
            FederatedIdentityEntity.class, GroupEntity.class, GroupAttributeEntity.class, OrganizationEntity.class,
            OrganizationDomainEntity.class, UserOwnerEntity.class, KeyUseEntity.class);
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    /** Hibernate logs through java.util.logging here; its INFO lines and the DDL's "drop a missing table" warnings are noise. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    private final EntityManagerFactory factory;
    private final Runnable cleanup;

    private QueryDatabase(String url, String user, String widenLongValue, Runnable cleanup) {
        PersistenceConfiguration configuration = new PersistenceConfiguration("kcscim-query-test")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, user)
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
                // The entities' named queries mention entities not mapped here
                .property("hibernate.query.startup_check", "false")
                .property("hibernate.show_sql", System.getProperty("kcscim.showSql", "false"));
        ENTITIES.forEach(configuration::managedClass);
        this.factory = configuration.createEntityManagerFactory();
        this.cleanup = cleanup;
        // Keycloak's Liquibase makes LONG_VALUE a CLOB/TEXT; generated from the entity it would be varchar(255)
        inTransaction(em -> em.createNativeQuery(widenLongValue).executeUpdate());
    }

    static QueryDatabase h2() {
        // NON_KEYWORDS=VALUE as Keycloak's own H2 URL has it: VALUE is a column name there
        return new QueryDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa",
                "ALTER TABLE USER_ATTRIBUTE ALTER COLUMN LONG_VALUE SET DATA TYPE VARCHAR(100000)", () -> {
                });
    }

    static boolean postgresReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }

    /** A new database on the local PostgreSQL, dropped again by {@link #close()}. */
    static QueryDatabase postgres() {
        String name = "kcscim_query_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        return new QueryDatabase(POSTGRES + name, "postgres", "ALTER TABLE USER_ATTRIBUTE ALTER COLUMN LONG_VALUE TYPE TEXT",
                () -> admin("DROP DATABASE IF EXISTS " + name));
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    /** Runs {@code work} in a transaction that is committed. */
    void inTransaction(Consumer<EntityManager> work) {
        read(em -> {
            work.accept(em);
            return null;
        });
    }

    <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
        cleanup.run();
    }
}
