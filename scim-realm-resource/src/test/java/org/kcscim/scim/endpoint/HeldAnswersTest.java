package org.kcscim.scim.endpoint;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answers to throttled requests: held back, but never more than the limit at once. */
class HeldAnswersTest {

    private final HeldAnswers answers = new HeldAnswers(Duration.ofMinutes(5), 2);

    @AfterEach
    void stopTimer() {
        answers.close();
    }

    @Test
    void anAnswerIsHeldBackAndOnlyUpToTheLimitAtOnce() throws Exception {
        String answer = "429";
        CompletableFuture<String> first = answers.hold(answer).toCompletableFuture();
        CompletableFuture<String> second = answers.hold(answer).toCompletableFuture();
        CompletableFuture<String> third = answers.hold(answer).toCompletableFuture();

        assertFalse(first.isDone(), "held for the hold time");
        assertFalse(second.isDone(), "held for the hold time");
        assertTrue(third.isDone(), "past the limit, answers are not held");
        assertSame(answer, third.get(1, TimeUnit.SECONDS));
    }

    @Test
    void aHeldAnswerIsSentWhenTheHoldEnds() throws Exception {
        HeldAnswers brief = new HeldAnswers(Duration.ofMillis(10), 1);
        try {
            String answer = "429";
            assertSame(answer, brief.hold(answer).toCompletableFuture().get(30, TimeUnit.SECONDS));
            // Its place is free again: the next one is held, not sent at once
            String next = "another 429";
            assertSame(next, brief.hold(next).toCompletableFuture().get(30, TimeUnit.SECONDS));
        } finally {
            brief.close();
        }
    }
}
