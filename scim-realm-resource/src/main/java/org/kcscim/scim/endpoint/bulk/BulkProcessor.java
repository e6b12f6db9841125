package org.kcscim.scim.endpoint.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.logging.Logger;
import org.kcscim.config.ScimConfiguration;
import org.kcscim.scim.endpoint.ScimSession;
import org.kcscim.scim.endpoint.bulk.BulkOperations.Outcome;
import org.kcscim.scim.protocol.bulk.BulkIdReferences;
import org.kcscim.scim.protocol.bulk.BulkMethod;
import org.kcscim.scim.protocol.bulk.BulkOperation;
import org.kcscim.scim.protocol.bulk.BulkRequest;
import org.kcscim.scim.protocol.bulk.BulkResponse;
import org.kcscim.scim.protocol.bulk.BulkResult;
import org.kcscim.scim.protocol.bulk.BulkTarget;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.store.DatabaseRejection;
import org.kcscim.scim.store.ScimUrls;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a bulk request (RFC 7644 §3.7): the operations in the order given, {@code bulkId:} references resolved
 * from the operations that ran before ({@link BulkIdReferences}), until the end or until {@code failOnErrors}
 * operations have failed; the operations after that are never started, and the response lists those that ran.
 *
 * <h2>Transactions: one per operation</h2>
 * Keycloak serves an HTTP request in one transaction, so an operation that failed half-way through (a user
 * created, then refused by the password policy; a group renamed, then a member refused) could not be undone
 * alone, and undoing the whole request would also take back the operations that succeeded before it, which RFC
 * 7644 §3.7 keeps. Each operation therefore runs in a transaction of its own: a new Keycloak session from the
 * session factory ({@link KeycloakModelUtils#runJobInTransactionWithResult}), whose transaction manager suspends
 * the request's JTA transaction and begins a new one (Keycloak's {@code REQUIRES_NEW} policy), on a database
 * connection of its own. An operation commits when it succeeds, admin events included, and rolls back entirely
 * when it fails, however far it got.
 * <p>
 * Checking every operation first and applying them afterwards was rejected: what only the store can check
 * (uniqueness, ownership of members, the password policy, versions, and references to resources that earlier
 * operations create) would have to be checked twice, and anything it missed would still leave a partial change.
 * <p>
 * The request's own transaction only authenticates. Everything that refuses the request as a whole (payload size,
 * number of operations, schemas, duplicate bulkIds) is checked before the first operation runs, so such a request
 * changes nothing.
 * <p>
 * The new session serves no HTTP request of its own: its context gets the realm here, and the service root for
 * {@code meta.location} and {@code $ref} is the one computed from the request.
 */
public final class BulkProcessor {

    private static final Logger LOG = Logger.getLogger(BulkProcessor.class);

    private final KeycloakSessionFactory sessions;
    private final String realmId;
    private final String realmName;
    private final ScimConfiguration configuration;
    private final ScimUrls urls;

    private BulkProcessor(ScimSession scim) {
        this.sessions = scim.session().getKeycloakSessionFactory();
        this.realmId = scim.realm().getId();
        this.realmName = scim.realm().getName();
        this.configuration = scim.configuration();
        this.urls = scim.urls();
    }

    /**
     * @param scim the request's session, authenticated
     * @param body the request body, already bounded by {@link BulkRequest#MAX_PAYLOAD_BYTES}
     * @return the BulkResponse
     * @throws ScimException for a request refused as a whole (400, 413), before any operation ran
     */
    public static ObjectNode process(ScimSession scim, JsonNode body) {
        BulkRequest request = BulkRequest.parse(body, BulkRequest.MAX_OPERATIONS);
        return new BulkProcessor(scim).run(request);
    }

    private ObjectNode run(BulkRequest request) {
        BulkIdReferences references = new BulkIdReferences(request.declaredBulkIds());
        List<BulkResult> results = new ArrayList<>();
        int errors = 0;
        for (JsonNode operation : request.operations()) {
            BulkResult result = run(operation, references);
            results.add(result);
            if (result.failed() && request.stopsAfter(++errors)) {
                break;
            }
        }
        return BulkResponse.render(results);
    }

    private BulkResult run(JsonNode raw, BulkIdReferences references) {
        String method = BulkOperation.methodOf(raw);
        String bulkId = BulkOperation.bulkIdOf(raw);
        String location = null;
        try {
            BulkOperation operation = BulkOperation.parse(raw).resolve(references);
            BulkTarget target = BulkTarget.parse(operation.method(), operation.path());
            if (target.id() != null) {
                location = target.type().isUser() ? urls.user(target.id()) : urls.group(target.id());
            }
            Outcome outcome = inOwnTransaction(scim -> BulkOperations.execute(scim, target, operation));
            if (operation.method() == BulkMethod.POST) {
                references.created(operation.bulkId(), outcome.id());
            }
            return BulkResult.success(operation.method(), bulkId, outcome.location(), outcome.version(),
                    outcome.status());
        } catch (ScimException e) {
            if (BulkMethod.POST.name().equals(method) && bulkId != null) {
                references.failed(bulkId);
            }
            return BulkResult.failure(method, bulkId, location, e);
        }
    }

    /** Runs {@code work} in a new session and transaction: committed if it returns, rolled back if it throws. */
    private Outcome inOwnTransaction(Function<ScimSession, Outcome> work) {
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(sessions, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                session.getContext().setRealm(realm);
                return work.apply(ScimSession.of(session, realm, configuration, urls.baseUrl()));
            });
        } catch (ScimException e) {
            throw e;
        } catch (RuntimeException e) {
            // A concurrent write took a unique value between the check and the commit, or the database refused a value
            Optional<ScimException> rejection = DatabaseRejection.of(e);
            if (rejection.isPresent()) {
                throw rejection.get();
            }
            LOG.errorf(e, "SCIM bulk operation in realm %s failed", realmName);
            throw new ScimException(500, null, "The server could not complete the operation");
        }
    }
}
