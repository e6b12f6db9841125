package org.kcscim.scim.protocol.text;

/**
 * The characters no SCIM string may hold: U+0000, which PostgreSQL refuses in text columns (a driver error, not a
 * SCIM one), and a UTF-16 surrogate without its partner, which is no Unicode character at all and cannot be written
 * as UTF-8. Every body, filter and PATCH path is checked against this one rule before it is used.
 */
public final class WellFormedText {

    private WellFormedText() {
    }

    /** The index of the first NUL or unpaired surrogate in {@code text}, or -1 when there is none. */
    public static int firstIllFormed(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isWellFormed(CharSequence text) {
        return firstIllFormed(text) < 0;
    }

    /** Names the character at {@code index} for an error detail, without echoing it. */
    public static String describe(CharSequence text, int index) {
        char c = text.charAt(index);
        return c == '\u0000' ? "a NUL character (U+0000)"
                : String.format("an unpaired surrogate (U+%04X)", (int) c);
    }
}
