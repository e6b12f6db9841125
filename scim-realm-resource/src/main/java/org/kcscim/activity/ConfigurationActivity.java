package org.kcscim.activity;

import org.kcscim.config.ScimConfiguration;
import org.kcscim.enforcement.RefusalDetails;
import org.kcscim.scim.store.ScimAudit;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.RealmModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The recent activity of a configuration, newest first, read from the home realm's stored events: the admin
 * events its SCIM requests recorded, and the login error events of sign-ins the enforcement refused to its
 * users. Keycloak's event queries cannot filter on event details, so the newest events are read in batches
 * and at most {@link #SCAN_LIMIT} of each kind are looked at.
 */
public final class ConfigurationActivity {

    public static final int SCAN_LIMIT = 5000;
    private static final int BATCH = 500;

    /** The event types the enforcement's refusals are recorded under. */
    private static final EventType[] REFUSAL_TYPES = {EventType.LOGIN_ERROR,
            EventType.IDENTITY_PROVIDER_FIRST_LOGIN_ERROR, EventType.IDENTITY_PROVIDER_POST_LOGIN_ERROR,
            EventType.RESET_PASSWORD_ERROR};

    private final EventStoreProvider events;
    private final RealmModel realm;

    public ConfigurationActivity(EventStoreProvider events, RealmModel realm) {
        this.events = events;
        this.realm = realm;
    }

    public List<ActivityEntry> recent(ScimConfiguration configuration, int max) {
        List<ActivityEntry> entries = new ArrayList<>();
        entries.addAll(newest(max,
                (first, count) -> events.createAdminQuery().realm(realm.getId()).resourceType(ScimAudit.RESOURCE_TYPES)
                        .orderByDescTime()
                        .firstResult(first).maxResults(count).getResultStream(),
                event -> configuration.id().equals(detail(event.getDetails(), ScimAudit.DETAIL_CONFIGURATION_ID)),
                ConfigurationActivity::provisioning));
        entries.addAll(newest(max,
                (first, count) -> events.createQuery().realm(realm.getId()).type(REFUSAL_TYPES).orderByDescTime()
                        .firstResult(first).maxResults(count).getResultStream(),
                event -> "access_denied".equals(event.getError())
                        && configuration.id().equals(detail(event.getDetails(), RefusalDetails.CONFIGURATION_ID)),
                ConfigurationActivity::refusal));
        return entries.stream()
                .sorted(Comparator.comparingLong(ActivityEntry::time).reversed())
                .limit(max)
                .toList();
    }

    private interface Page<T> {
        Stream<T> read(int first, int count);
    }

    private static <T> List<ActivityEntry> newest(int max, Page<T> page, Predicate<T> matches,
                                                  Function<T, ActivityEntry> entry) {
        List<ActivityEntry> found = new ArrayList<>();
        for (int first = 0; first < SCAN_LIMIT && found.size() < max; first += BATCH) {
            List<T> batch = page.read(first, BATCH).toList();
            batch.stream().filter(matches).map(entry).limit(max - found.size()).forEach(found::add);
            if (batch.size() < BATCH) {
                break;
            }
        }
        return found;
    }

    private static ActivityEntry provisioning(AdminEvent event) {
        return new ActivityEntry(event.getTime(), ActivityEntry.PROVISIONING,
                name(event.getOperationType()), name(event.getResourceType()), event.getResourcePath(),
                null, null, null, null, null, null, null,
                event.getAuthDetails() == null ? null : event.getAuthDetails().getIpAddress());
    }

    private static ActivityEntry refusal(Event event) {
        Map<String, String> details = event.getDetails();
        return new ActivityEntry(event.getTime(), ActivityEntry.REFUSED_SIGN_IN, null, null, null,
                name(event.getType()), event.getUserId(), detail(details, "username"), event.getClientId(),
                detail(details, RefusalDetails.ATTEMPTED_MEANS), detail(details, RefusalDetails.ALLOWED_MEANS),
                detail(details, RefusalDetails.REASON),
                event.getIpAddress());
    }

    private static String detail(Map<String, String> details, String key) {
        return details == null ? null : details.get(key);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
