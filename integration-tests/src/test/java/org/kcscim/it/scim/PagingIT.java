package org.kcscim.it.scim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.support.AdminClient;
import org.kcscim.it.support.HttpResult;
import org.kcscim.it.support.KeycloakServerExtension;
import org.kcscim.it.support.ScimClient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** Paging through many users returns each exactly once, whatever the page size. */
@ExtendWith(KeycloakServerExtension.class)
class PagingIT {

    private static final int USERS = 1000;
    private static final int PAGE = 37;

    @Test
    void pagingThrough1000UsersInPagesOf37ReturnsEachOnce(AdminClient admin) throws Exception {
        ScimClient scim = ScimClient.inNewRealm(admin, "paging");
        Set<String> created = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResult>> posts = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String body = "{\"userName\":\"pager-" + i + "\",\"title\":\"" + (i % 3 == 0 ? "same" : "t" + i) + "\"}";
                posts.add(pool.submit(() -> scim.post("Users", body)));
            }
            for (Future<HttpResult> post : posts) {
                created.add(post.get().expectStatus(201).json().path("id").asText());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(USERS, created.size());

        for (String order : new String[]{"", "&sortBy=title", "&sortBy=userName&sortOrder=descending"}) {
            Set<String> seen = new HashSet<>();
            int pages = 0;
            for (int start = 1; start <= USERS; start += PAGE) {
                JsonNode page = scim.get("Users?startIndex=" + start + "&count=" + PAGE + order).expectStatus(200).json();
                assertEquals(USERS, page.path("totalResults").asInt());
                assertEquals(start, page.path("startIndex").asInt());
                assertEquals(Math.min(PAGE, USERS - start + 1), page.path("Resources").size());
                for (JsonNode user : page.path("Resources")) {
                    assertTrue(seen.add(user.path("id").asText()), "returned twice: " + user.path("id") + order);
                }
                pages++;
            }
            assertEquals((USERS + PAGE - 1) / PAGE, pages);
            assertEquals(created, seen, "every user once" + order);
        }
    }
}
