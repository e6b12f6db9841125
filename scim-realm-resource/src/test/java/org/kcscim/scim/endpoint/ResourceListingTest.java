package org.kcscim.scim.endpoint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcscim.scim.protocol.message.ListRequest;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

class ResourceListingTest {

    @ParameterizedTest(name = "startIndex={0} count={1} page={2} -> total {3}, counted {4}")
    @CsvSource({
            "1,100,1,1,false",
            "1,100,0,0,false",
            "1,100,100,42000,true",
            "201,100,37,237,false",
            "201,100,0,42000,true",
            "1,0,0,42000,true",
    })
    void givenAShortPageThenItsEndIsTheTotalWithoutCounting(int startIndex, int count, int pageSize, long total,
                                                            boolean counted) {
        ListRequest request = ListRequest.fromQuery(null, null, null, Integer.toString(startIndex),
                Integer.toString(count), null, null);
        List<String> page = Collections.nCopies(pageSize, "id");
        AtomicBoolean queried = new AtomicBoolean();
        long result = ResourceListing.total(request, page, () -> {
            queried.set(true);
            return 42000;
        });
        assertEquals(total, result);
        assertEquals(counted, queried.get());
    }
}
