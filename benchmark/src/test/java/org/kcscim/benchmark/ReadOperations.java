package org.kcscim.benchmark;

import static org.kcscim.benchmark.DirectoryWorkloads.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * The read questions asked at each size, each as a SCIM request (the same for our API and the built-in one) and its
 * closest admin API equivalent: a page, and for list questions the page followed by the count endpoint, because a
 * SCIM answer carries {@code totalResults}.
 */
final class ReadOperations {

    /**
     * One question. {@code adminPage} is null when the admin API cannot ask it ({@code adminNote} says why);
     * {@code adminCount} is null when the page already is the count.
     */
    record Operation(String key, String label, IntFunction<String> scim, IntFunction<String> adminPage,
                     IntFunction<String> adminCount, ToIntFunction<JsonNode> adminPageMatches,
                     Function<JsonNode, String> order, String adminNote) {

        /** The admin cell the ratios divide by. */
        String reference() {
            return adminPage == null ? null : adminCount == null ? "admin" : "admin+count";
        }
    }

    /** Stable keys, in report order, with a title that holds at every size; the charts are named after them. */
    static final Map<String, String> TITLES = titles(
            "lookup-userName", "lookup by userName",
            "lookup-externalId", "lookup by externalId",
            "lookup-email", "lookup by email",
            "page-start", "page of 100 at the start",
            "page-middle", "page of 100 in the middle",
            "page-end", "page of 100 at the end",
            "count", "count (count=0)",
            "filter-title", "title eq \"Title 7\" (first 100)",
            "filter-familyName", "name.familyName eq (first 100)",
            "filter-sw", "userName sw \"u-12\" (first 100)",
            "filter-co", "emails.value co (substring, first 100)",
            "sort-userName", "sortBy=userName (first 100)",
            "sort-familyName", "sortBy=name.familyName (first 100)");

    private ReadOperations() {
    }

    private static Map<String, String> titles(String... keysAndTitles) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTitles.length; i += 2) {
            titles.put(keysAndTitles[i], keysAndTitles[i + 1]);
        }
        return Collections.unmodifiableMap(titles);
    }

    static List<Operation> at(int users) {
        // Distinct users across repetitions, spread over the whole range
        IntUnaryOperator someone = i -> (int) ((1234L + 7919L * i) % users);
        ToIntFunction<JsonNode> pageSize = JsonNode::size;
        String digits = users > 4567 ? "4567" : String.valueOf(users * 4 / 5);
        int middle = users / 2 + 1;
        int end = Math.max(1, users - 99);
        List<Operation> operations = new ArrayList<>();
        operations.add(list("lookup-userName", "lookup by userName",
                i -> "Users?filter=" + encode("userName eq \"" + SeedUsers.userName(someone.applyAsInt(i)) + "\""),
                i -> "username=" + encode(SeedUsers.userName(someone.applyAsInt(i))) + "&exact=true"));
        operations.add(list("lookup-externalId", "lookup by externalId",
                i -> "Users?filter=" + encode("externalId eq \"" + SeedUsers.externalId(someone.applyAsInt(i)) + "\""),
                // Where this extension keeps externalId: a user attribute the admin API can search with q
                i -> "q=" + encode("kcscim.externalId:" + SeedUsers.externalId(someone.applyAsInt(i))) + "&exact=true"));
        operations.add(list("lookup-email", "lookup by email",
                i -> "Users?filter=" + encode("emails.value eq \"" + SeedUsers.email(someone.applyAsInt(i)) + "\""),
                i -> "email=" + encode(SeedUsers.email(someone.applyAsInt(i))) + "&exact=true"));
        operations.add(page("page-start", "page of 100 from 1", 1));
        operations.add(page("page-middle", "page of 100 from " + middle, middle));
        operations.add(page("page-end", "page of 100 from " + end, end));
        operations.add(new Operation("count", "count (count=0)", i -> "Users?count=0", i -> "users/count", null,
                JsonNode::asInt, null, null));
        operations.add(list("filter-title", "title eq \"Title 7\" (first 100)",
                i -> "Users?count=100&filter=" + encode("title eq \"Title 7\""),
                // Quoted: q splits key:value pairs on spaces outside quotes
                i -> "q=" + encode("kcscim.title:\"Title 7\"") + "&exact=true"));
        operations.add(list("filter-familyName", "name.familyName eq (first 100)",
                i -> "Users?count=100&filter=" + encode("name.familyName eq \""
                        + SeedUsers.familyName(someone.applyAsInt(i)) + "\""),
                i -> "lastName=" + encode(SeedUsers.familyName(someone.applyAsInt(i))) + "&exact=true"));
        operations.add(list("filter-sw", "userName sw \"u-12\" (first 100)",
                i -> "Users?count=100&filter=" + encode("userName sw \"u-12\""),
                // Keycloak's search is a prefix search over username, email and names
                i -> "search=u-12"));
        operations.add(list("filter-co", "emails.value co \"" + digits + "\" (first 100)",
                i -> "Users?count=100&filter=" + encode("emails.value co \"" + digits + "\""),
                // '*' on both sides turns Keycloak's prefix search into a substring search
                i -> "search=" + encode("*" + digits + "*")));
        operations.add(new Operation("sort-userName", "sortBy=userName (first 100)",
                i -> "Users?count=100&sortBy=userName", i -> "users?first=0&max=100", i -> "users/count",
                pageSize, body -> ordered(body, r -> r.path("userName").asText()), null));
        operations.add(new Operation("sort-familyName", "sortBy=name.familyName (first 100)",
                i -> "Users?count=100&sortBy=name.familyName", null, null, null,
                body -> ordered(body, r -> r.path("name").path("familyName").asText()),
                "the admin API sorts only by username"));
        return operations;
    }

    /** A filtered list: the admin page and its count take the same search parameters. */
    private static Operation list(String key, String label, IntFunction<String> scim, IntFunction<String> adminQuery) {
        return new Operation(key, label, scim,
                i -> "users?max=100&" + adminQuery.apply(i),
                i -> "users/count?" + adminQuery.apply(i),
                JsonNode::size, null, null);
    }

    private static Operation page(String key, String label, int startIndex) {
        return new Operation(key, label,
                i -> "Users?startIndex=" + startIndex + "&count=100",
                i -> "users?first=" + (startIndex - 1) + "&max=100",
                i -> "users/count",
                JsonNode::size, null, null);
    }

    /** Null when the resources come in order of {@code key} (ignoring case), else what is wrong. */
    private static String ordered(JsonNode listResponse, Function<JsonNode, String> key) {
        String previous = null;
        for (JsonNode resource : listResponse.path("Resources")) {
            String current = key.apply(resource);
            if (previous != null && previous.compareToIgnoreCase(current) > 0) {
                return "not in that order (" + previous + " before " + current + ")";
            }
            previous = current;
        }
        return null;
    }
}
