package org.kcscim.admin;

/** A problem with one field of an admin request, named so that a screen can show it next to the field. */
public record FieldError(String field, String message) {
}
