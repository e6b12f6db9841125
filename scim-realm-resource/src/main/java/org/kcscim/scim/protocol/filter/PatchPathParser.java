package org.kcscim.scim.protocol.filter;

import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.path.AttributePath;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;
import org.kcscim.scim.protocol.schema.SchemaDefinition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Parses the {@code path} of a PATCH operation (RFC 7644 §3.5.2) into a {@link PatchPath}, with the scanner and
 * parser of {@link FilterParser}, so value filters read exactly as in a {@code filter} parameter.
 * <p>
 * A bare schema URN such as {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User} cannot be told
 * from an attribute {@code User} of a schema {@code urn:…:2.0} by syntax alone, so it is recognised by comparing
 * the whole path, ignoring case, with the schema URNs the server knows.
 */
public final class PatchPathParser {

    private static final List<String> KNOWN_SCHEMAS = Stream.of(ResourceTypeDefinition.USER, ResourceTypeDefinition.GROUP)
            .flatMap(type -> type.schemas().stream()).map(SchemaDefinition::id).toList();

    /** The longest PATCH path accepted, checked before any other work on it. */
    public static final int MAX_LENGTH = 1024;

    private PatchPathParser() {
    }

    /**
     * Parses {@code path}, recognising the URNs of the User and Group schemas and their extensions.
     *
     * @throws ScimException 400 {@code invalidPath}, with the position (1-based) in the detail, when malformed,
     *                       longer than {@value #MAX_LENGTH} characters, or holding a NUL or unpaired surrogate
     */
    public static PatchPath parse(String path) {
        return parse(path, KNOWN_SCHEMAS);
    }

    /** Parses {@code path}, recognising the URNs of the schemas of {@code type}. */
    public static PatchPath parse(String path, ResourceTypeDefinition type) {
        return parse(path, type.schemas().stream().map(SchemaDefinition::id).toList());
    }

    private static PatchPath parse(String path, Collection<String> schemaUrns) {
        ExpressionParser parser = new ExpressionParser(path, ScimType.INVALID_PATH, "PATCH path", MAX_LENGTH);
        Token first = parser.next();
        if (!first.is(Token.Kind.WORD)) {
            throw parser.errors().at(first.start(), "a PATCH path starts with an attribute name, found "
                    + parser.errors().describe(first));
        }
        if (parser.peek().is(Token.Kind.END) && schemaUrns.stream().anyMatch(first.text()::equalsIgnoreCase)) {
            return PatchPath.extension(first.text());
        }
        AttributePath attribute = parser.attributePath(first);
        PatchPath result;
        if (parser.peek().is(Token.Kind.LEFT_BRACKET)) {
            Filter filter = parser.bracketedFilter(attribute, first);
            Optional<String> sub = parser.subAttributeAfterBracket();
            result = PatchPath.valueFilter(attribute, filter, sub.orElse(null));
        } else {
            result = PatchPath.attribute(attribute);
        }
        Token rest = parser.peek();
        if (!rest.is(Token.Kind.END)) {
            throw parser.errors().at(rest.start(), "expected the end of the PATCH path, found "
                    + parser.errors().describe(rest));
        }
        return result;
    }
}
