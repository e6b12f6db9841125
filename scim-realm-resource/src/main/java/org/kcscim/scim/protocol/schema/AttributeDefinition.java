package org.kcscim.scim.protocol.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One attribute of a SCIM schema with the characteristics of RFC 7643 §2.2 and §7. Immutable; built with
 * {@link #attribute(String, AttributeType)} and the builder's defaults, which are the RFC's defaults.
 */
public record AttributeDefinition(
        String name,
        AttributeType type,
        boolean multiValued,
        String description,
        boolean required,
        boolean caseExact,
        Mutability mutability,
        Returned returned,
        Uniqueness uniqueness,
        List<String> canonicalValues,
        List<String> referenceTypes,
        List<AttributeDefinition> subAttributes) {

    public AttributeDefinition {
        canonicalValues = List.copyOf(canonicalValues);
        referenceTypes = List.copyOf(referenceTypes);
        subAttributes = List.copyOf(subAttributes);
    }

    public static Builder attribute(String name, AttributeType type) {
        return new Builder(name, type);
    }

    /** The sub-attribute named {@code name}, compared ignoring case. */
    public Optional<AttributeDefinition> subAttribute(String name) {
        return subAttributes.stream().filter(sub -> sub.name.equalsIgnoreCase(name)).findFirst();
    }

    public boolean isComplex() {
        return type == AttributeType.COMPLEX;
    }

    /** Fluent construction with the defaults of RFC 7643 §2.2. */
    public static final class Builder {
        private final String name;
        private final AttributeType type;
        private boolean multiValued;
        private String description = "";
        private boolean required;
        private boolean caseExact;
        private Mutability mutability = Mutability.READ_WRITE;
        private Returned returned = Returned.DEFAULT;
        private Uniqueness uniqueness = Uniqueness.NONE;
        private List<String> canonicalValues = List.of();
        private List<String> referenceTypes = List.of();
        private final List<AttributeDefinition> subAttributes = new ArrayList<>();

        private Builder(String name, AttributeType type) {
            this.name = name;
            this.type = type;
        }

        public Builder multiValued() {
            this.multiValued = true;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder caseExact() {
            this.caseExact = true;
            return this;
        }

        public Builder mutability(Mutability mutability) {
            this.mutability = mutability;
            return this;
        }

        public Builder returned(Returned returned) {
            this.returned = returned;
            return this;
        }

        public Builder uniqueness(Uniqueness uniqueness) {
            this.uniqueness = uniqueness;
            return this;
        }

        public Builder canonicalValues(String... values) {
            this.canonicalValues = List.of(values);
            return this;
        }

        public Builder referenceTypes(String... types) {
            this.referenceTypes = List.of(types);
            return this;
        }

        public Builder subAttributes(Builder... subs) {
            for (Builder sub : subs) {
                subAttributes.add(sub.build());
            }
            return this;
        }

        public AttributeDefinition build() {
            return new AttributeDefinition(name, type, multiValued, description, required, caseExact, mutability,
                    returned, uniqueness, canonicalValues, referenceTypes, subAttributes);
        }
    }
}
