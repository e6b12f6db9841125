package org.kcscim.scim.protocol.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kcscim.scim.protocol.error.ScimException;
import org.kcscim.scim.protocol.schema.ResourceTypeDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource held as JSON, without touching any store: the caller
 * passes the resource as it would render it, and gets back the patched copy plus, for groups, the membership
 * changes to apply (see {@link PatchResult}, {@link MembershipChange}).
 * <p>
 * The operations apply in order, each to the result of the previous ones (a later operation can refer to an
 * entry an earlier one added). The first one that fails throws, and then nothing is returned at all: the input is
 * never modified, so a failed PATCH changes nothing (RFC 7644 §3.5.2: operations apply in sequence, and an error
 * ends the request; DESIGN §4: a failed request changes nothing). Errors are 400 with the
 * scimType of RFC 7644 §3.12 and a detail that starts with the failing operation, {@code "Operations[1] (replace
 * emails[type eq "work"].value): ..."}. Semantics per attribute kind: {@code AttributeWriter} (singular, and
 * mutability), {@code MultiValuedWriter} (lists, value filters, {@code primary}), {@code MemberPatch} (group
 * members); the values' types: {@code ValueCoercion}.
 * <p>
 * Afterwards {@code schemas} lists exactly the extensions the resource has attributes of (RFC 7643 §3), and the
 * required attributes must still have a value that is not blank: 400 {@code invalidValue} otherwise
 * ({@code RequiredAttributes}). A multi-valued attribute left without values is omitted, never {@code []}
 * (RFC 7643 §2.5).
 */
public final class PatchEngine {

    private PatchEngine() {
    }

    /**
     * @param resource   the current resource; not modified
     * @param operations operations from {@link PatchRequest#parse}, or built with {@link PatchOperation}
     * @param type       the resource type of {@code resource}
     * @throws ScimException 400 when an operation cannot be applied, or the result lacks a required attribute;
     *                       nothing is changed then
     */
    public static PatchResult apply(ObjectNode resource, List<PatchOperation> operations, ResourceTypeDefinition type) {
        return apply(resource, operations, type, true);
    }

    /**
     * A POST or PUT body applied to {@code resource} as one path-less replace, its errors told without an
     * operation's position: the client sent a body, not operations.
     */
    public static PatchResult applyBody(ObjectNode resource, ObjectNode body, ResourceTypeDefinition type) {
        return apply(resource, List.of(PatchOperation.replace(null, body)), type, false);
    }

    private static PatchResult apply(ObjectNode resource, List<PatchOperation> operations, ResourceTypeDefinition type,
                                     boolean operationsNamed) {
        ObjectNode patched = resource.deepCopy();
        List<MembershipChange> membershipChanges = new ArrayList<>();
        // Once the resource has its required attributes, every later operation must leave them in place
        boolean complete = RequiredAttributes.satisfied(patched, type);
        for (int index = 0; index < operations.size(); index++) {
            PatchOperation operation = operations.get(index);
            try {
                for (PatchTarget target : PatchTargets.of(operation, type)) {
                    if (MemberPatch.isMembers(target.resolved())) {
                        MemberPatch.change(target).ifPresent(membershipChanges::add);
                    } else {
                        AttributeWriter.apply(patched, target, type);
                    }
                }
                if (complete) {
                    // Named here, with the operation that emptied it, rather than after the last one.
                    RequiredAttributes.check(patched, type);
                } else {
                    complete = RequiredAttributes.satisfied(patched, type);
                }
            } catch (ScimException error) {
                if (!operationsNamed) {
                    throw error;
                }
                throw new ScimException(error.status(), error.scimType(),
                        "Operations[" + index + "] (" + operation + "): " + error.detail());
            }
        }
        ExtensionObjects.sync(patched, type);
        // Also for a resource that lacked one from the start: a POST or PUT body is applied to an empty resource.
        RequiredAttributes.check(patched, type);
        return new PatchResult(patched, membershipChanges);
    }
}
