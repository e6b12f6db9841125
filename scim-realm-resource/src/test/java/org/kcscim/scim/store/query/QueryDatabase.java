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
 * them, on in-memory H2, or on a throw-away database of the PostgreSQL at 127.0.0.1:5432 (user postgres, trust
 * authentication) or of the MariaDB at 127.0.0.1:3306 (user root, no password). Only for the query tests:
 * Keycloak's real schema comes from Liquibase, but the columns these queries touch are the entities' own.
 */
final class QueryDatabase implements AutoCloseable {

    private static final List<Class<?>> ENTITIES = List.of(UserEntity.class, UserAttributeEntity.class,
            UserGroupMembershipEntity.class, UserRequiredActionEntity.class, CredentialEntity.class,
            FederatedIdentityEntity.class, GroupEntity.class, GroupAttributeEntity.class, OrganizationEntity.class,
            OrganizationDomainEntity.class, UserOwnerEntity.class, KeyUseEntity.class);
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

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
        return reachable(5432);
    }

    static boolean mariaDbReachable() {
        return reachable(3306);
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }

    /** A new database on the local PostgreSQL, dropped again by {@link #close()}. */
    static QueryDatabase postgres() {
        String name = newName();
        String admin = POSTGRES + "postgres";
        admin(admin, "postgres", "CREATE DATABASE " + name);
        return new QueryDatabase(POSTGRES + name, "postgres", "ALTER TABLE USER_ATTRIBUTE ALTER COLUMN LONG_VALUE TYPE TEXT",
                () -> admin(admin, "postgres", "DROP DATABASE IF EXISTS " + name));
    }

    /**
     * A new database on the local MariaDB, dropped again by {@link #close()}. utf8mb4 is the character set
     * Keycloak's database guide asks for; its tables take the database's default collation, which ignores case as
     * the server's defaults do, so the tests see what production sees.
     */
    static QueryDatabase mariaDb() {
        String name = newName();
        admin(MARIADB, "root", "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        // Liquibase makes Keycloak's NCLOB LONG_VALUE a LONGTEXT here
        return new QueryDatabase(MARIADB + name, "root", "ALTER TABLE USER_ATTRIBUTE MODIFY LONG_VALUE LONGTEXT",
                () -> admin(MARIADB, "root", "DROP DATABASE IF EXISTS " + name));
    }

    private static String newName() {
        return "kcscim_query_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static void admin(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
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
