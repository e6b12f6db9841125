package org.kcscim.scim.protocol.filter;

import org.junit.jupiter.api.Test;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Mutations of real filters and paths, with a fixed seed so failures reproduce: whatever a client sends, the
 * parsers and validators answer with a tree or a 400 of the right type, never another exception.
 */
class FilterRobustnessTest {

    private static final List<String> SEEDS = List.of(
            "userName eq \"john@contoso.com\"",
            "emails[type eq \"work\" and value co \"@example.com\"] or not (active eq \"False\")",
            "emails[type eq \"work\"].value eq \"x\"",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"x\"",
            "(a eq 1.5e3 or b pr) and c lt -2 and d eq null",
            "id eq \"x\" and members[value eq \"y\\u00e9\\\"\"]");
    private static final String ALPHABET = "()[]\"\\ .:$-_eqandornotpr019eE+u\t";

    @Test
    void givenMutatedFiltersThenTheAnswerIsATreeOrInvalidFilter() {
        exercise(FilterParser::parse, ScimType.INVALID_FILTER, filter -> {
            assertEquals(filter, FilterParser.parse(filter.toString()));
            validate(() -> FilterValidator.validate(filter, ResourceTypeDefinition.USER), ScimType.INVALID_FILTER);
            validate(() -> FilterValidator.validate(filter, ResourceTypeDefinition.GROUP), ScimType.INVALID_FILTER);
        });
    }

    @Test
    void givenMutatedPathsThenTheAnswerIsAPathOrInvalidPath() {
        exercise(PatchPathParser::parse, ScimType.INVALID_PATH, path -> {
            assertEquals(path, PatchPathParser.parse(path.toString()));
            validate(() -> PatchPathValidator.validate(path, ResourceTypeDefinition.USER), ScimType.INVALID_PATH);
        });
    }

    private static <T> void exercise(Function<String, T> parser, ScimType expected, Consumer<T> onSuccess) {
        Random random = new Random(7644);
        for (int round = 0; round < 20_000; round++) {
            String text = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            T parsed;
            try {
                parsed = parser.apply(text);
            } catch (ScimException error) {
                assertEquals(expected, error.scimType(), text);
                continue;
            }
            onSuccess.accept(parsed);
        }
    }

    private static void validate(Runnable validation, ScimType expected) {
        try {
            validation.run();
        } catch (ScimException error) {
            assertEquals(expected, error.scimType());
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }
}
