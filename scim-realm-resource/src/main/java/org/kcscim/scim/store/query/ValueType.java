package org.kcscim.scim.store.query;

import org.kcscim.scim.protocol.schema.AttributeDefinition;

/**
 * How the values of one target compare.
 *
 * @param storedLowerCase Keycloak lower-cases the column on write, so case-insensitive comparisons lower the
 *                        literal only
 */
record ValueType(Target.Kind kind, boolean caseExact, boolean storedLowerCase) {

    /** Case-exact text, such as ids. */
    static final ValueType EXACT_TEXT = new ValueType(Target.Kind.TEXT, true, false);

    static ValueType of(Target.Column column) {
        return new ValueType(column.kind(), column.caseExact(), column.storedLowerCase());
    }

    static ValueType of(Target.Stored stored) {
        return new ValueType(stored.kind(), stored.caseExact(), false);
    }

    /** A sub-attribute of an entry, kept as text. */
    static ValueType of(AttributeDefinition subAttribute) {
        return new ValueType(Target.Kind.TEXT, subAttribute.caseExact(), false);
    }

    /** Whether the column side needs {@code lower()}. */
    boolean lowersColumn() {
        return kind == Target.Kind.TEXT && !caseExact && !storedLowerCase;
    }

    /** Whether the literal side needs {@code lower()}. */
    boolean lowersLiteral() {
        return kind == Target.Kind.TEXT && !caseExact;
    }
}
