package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.JsonNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.error.ScimType;
import org.kcscim.scim.protocol.filter.PatchPath;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2): {@code add}, {@code replace} or {@code remove}, an optional
 * {@link PatchPath} and an optional value. The rules that need no schema are checked when one is built:
 * <ul>
 *   <li>{@code remove} needs a path: 400 {@code noTarget} (RFC 7644 §3.5.2.2);</li>
 *   <li>{@code add} and {@code replace} need a value: 400 {@code invalidSyntax} (§3.5.2.1, §3.5.2.3);
 *       a JSON null is a value, meaning "unassigned" (RFC 7643 §2.5);</li>
 *   <li>without a path, the value is an object of attributes: 400 {@code invalidValue} otherwise.</li>
 * </ul>
 * {@code remove} may carry a value: Entra ID names the members to remove that way.
 */
public final class PatchOperation {

    /** The {@code op} of an operation; parsed ignoring case, since Entra ID sends {@code Add} and {@code Replace}. */
    public enum Type {
        ADD("add"),
        REPLACE("replace"),
        REMOVE("remove");

        private final String keyword;

        Type(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        /** The type spelled {@code keyword} in any case, or empty. */
        public static Optional<Type> fromKeyword(String keyword) {
            String lower = keyword.toLowerCase(Locale.ROOT);
            for (Type type : values()) {
                if (type.keyword.equals(lower)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    private final Type type;
    private final PatchPath path;
    private final JsonNode value;

    private PatchOperation(Type type, PatchPath path, JsonNode value) {
        this.type = Objects.requireNonNull(type, "type");
        this.path = path;
        this.value = value == null || value.isMissingNode() ? null : value.deepCopy();
        if (type == Type.REMOVE && path == null) {
            throw ScimException.badRequest(ScimType.NO_TARGET, "A remove operation needs a path");
        }
        if (type != Type.REMOVE && this.value == null) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The " + type.keyword + " operation needs a value");
        }
        if (path == null && !this.value.isObject()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "Without a path, the value of the " + type.keyword
                    + " operation must be an object of attributes");
        }
    }

    /**
     * @param path  null to target the resource itself
     * @param value the value; Java null or a missing node means none
     * @throws ScimException 400 as described on the class
     */
    public static PatchOperation of(Type type, PatchPath path, JsonNode value) {
        return new PatchOperation(type, path, value);
    }

    public static PatchOperation add(PatchPath path, JsonNode value) {
        return of(Type.ADD, path, value);
    }

    public static PatchOperation replace(PatchPath path, JsonNode value) {
        return of(Type.REPLACE, path, value);
    }

    public static PatchOperation remove(PatchPath path) {
        return of(Type.REMOVE, path, null);
    }

    public Type type() {
        return type;
    }

    /** Empty when the operation targets the resource itself. */
    public Optional<PatchPath> path() {
        return Optional.ofNullable(path);
    }

    /** Empty only for a remove without value; a JSON null is a {@code NullNode}. Do not modify it. */
    public Optional<JsonNode> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatchOperation that
                && type == that.type && Objects.equals(path, that.path) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, path, value);
    }

    /** The operation as a short text for error details: {@code replace emails[type eq "work"].value}. */
    @Override
    public String toString() {
        return type.keyword + (path == null ? " (no path)" : " " + path);
    }
}
