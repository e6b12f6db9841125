package org.kcscim.it.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.kcscim.it.hostile.Expectation.error;

/**
 * Bodies that are not one well-formed JSON object in UTF-8, on every endpoint that reads one (400
 * {@code invalidSyntax}), bodies over the size limit (413 {@code tooLarge}), and the framing of the body
 * (a {@code Content-Length} that lies, a chunked body over the limit).
 */
final class BodySyntaxCases {

    private static final String SYNTAX = "invalidSyntax";

    private BodySyntaxCases() {
    }

    /** A way to break a valid body, with its name. */
    private record Breakage(String what, Function<BodyTarget, byte[]> body) {
    }

    static List<HostileCase> all(HostileFixture fixture) {
        List<Breakage> everywhere = List.of(
                new Breakage("an empty body", target -> new byte[0]),
                new Breakage("a body of whitespace", target -> utf8(" \r\n\t ")),
                new Breakage("a body that is not JSON", target -> utf8("userName=hostile&active=true")),
                new Breakage("a truncated body", target -> utf8(target.valid().substring(0, target.valid().length() / 2))),
                new Breakage("a duplicate key", target -> utf8(target.duplicated())),
                new Breakage("arrays nested 70 deep", target -> utf8(target.plus("\"urn:hostile:deep\":" + nested(70)))),
                new Breakage("arrays nested 100000 deep", target -> utf8(target.plus("\"urn:hostile:deep\":" + nested(100_000)))),
                new Breakage("malformed UTF-8 (C3 28) in a string", target -> target.with(bytes(0xC3, 0x28))),
                new Breakage("a lone surrogate as raw bytes (ED A0 80)", target -> target.with(bytes(0xED, 0xA0, 0x80))),
                new Breakage("a raw NUL byte in a string", target -> target.with(bytes(0x00))),
                new Breakage("an array at the top", target -> utf8("[" + target.valid() + "]")),
                new Breakage("a string at the top", target -> utf8("\"hostile\"")),
                new Breakage("garbage after the document", target -> utf8(target.valid() + " trailing")),
                new Breakage("the body in UTF-16 with its BOM", target -> utf16(target.valid())));
        List<HostileCase> cases = new ArrayList<>();
        for (BodyTarget target : BodyTarget.all(fixture)) {
            for (Breakage breakage : everywhere) {
                cases.add(HostileCase.of(breakage.what(), target.request(fixture).bytes(breakage.body().apply(target))
                        .build(), error(400, SYNTAX)));
            }
            String padding = "\"urn:hostile:padding\":\"" + "a".repeat(target.maxBytes()) + "\"";
            cases.add(HostileCase.of("a body over " + target.maxBytes() + " bytes",
                    target.request(fixture).json(target.plus(padding)).build(), error(413, "tooLarge")));
        }

        BodyTarget create = BodyTarget.all(fixture).get(0);
        List<Breakage> once = List.of(
                new Breakage("a comment", target -> utf8("/* hostile */" + target.valid())),
                new Breakage("single quotes", target -> utf8(target.valid().replace('"', '\''))),
                new Breakage("a trailing comma", target -> utf8(target.valid().replace("}", ",}"))),
                new Breakage("NaN as a value", target -> utf8(target.plus("\"urn:hostile:n\":NaN"))),
                new Breakage("an unquoted key", target -> utf8(target.valid().replace("\"userName\"", "userName"))),
                new Breakage("two documents", target -> utf8(target.valid() + target.valid())),
                new Breakage("null at the top", target -> utf8("null")),
                new Breakage("a number at the top", target -> utf8("42")),
                new Breakage("a raw NUL byte between members", target -> utf8(target.valid().replace(",", ",\u0000"))),
                new Breakage("a raw control character (0x01) in a string", target -> target.with(bytes(0x01))),
                new Breakage("an overlong UTF-8 encoding (C0 AF)", target -> target.with(bytes(0xC0, 0xAF))),
                new Breakage("a surrogate pair as CESU-8 bytes", target -> target.with(bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80))),
                new Breakage("a 5-byte UTF-8 sequence", target -> target.with(bytes(0xF8, 0x88, 0x80, 0x80, 0x80))),
                new Breakage("a multi-byte sequence cut short", target -> target.with(bytes(0xE2, 0x82))),
                new Breakage("a byte that never occurs in UTF-8 (FF)", target -> target.with(bytes(0xFF))),
                new Breakage("two UTF-8 BOMs", target -> concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), utf8(target.valid()))),
                new Breakage("an invalid escape", target -> target.with(utf8("\\x41"))),
                new Breakage("an escape cut short", target -> target.with(utf8("\\u12"))));
        for (Breakage breakage : once) {
            cases.add(HostileCase.of(breakage.what(), create.request(fixture).bytes(breakage.body().apply(create)).build(),
                    error(400, SYNTAX)));
        }

        // Framing: refused from Content-Length before the body is read, or counted while it is read
        byte[] small = utf8(create.valid());
        cases.add(HostileCase.of("Content-Length of 2 MiB, 40 bytes sent", create.request(fixture)
                .header("Content-Length", Integer.toString(2 * 1024 * 1024)).bytes(Arrays.copyOf(small, 40))
                .build(), error(413, "tooLarge")));
        BodyTarget bulk = BodyTarget.all(fixture).get(9);
        cases.add(HostileCase.of("Content-Length over maxPayloadSize, 40 bytes sent", bulk.request(fixture)
                .header("Content-Length", Integer.toString(fixture.bulkMaxPayloadSize() + 1))
                .bytes(Arrays.copyOf(utf8(bulk.valid()), 40)).build(), error(413, "tooLarge")));
        cases.add(HostileCase.of("Content-Length shorter than the body", create.request(fixture)
                .header("Content-Length", Integer.toString(small.length / 2)).bytes(small).build(), error(400, SYNTAX)));
        cases.add(HostileCase.of("a chunked body over 1 MiB", create.request(fixture)
                .header("Transfer-Encoding", "chunked")
                .bytes(chunked(utf8(create.plus("\"urn:hostile:padding\":\"" + "a".repeat(1024 * 1024) + "\""))))
                .build(), error(413, "tooLarge")));
        return cases;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static byte[] utf16(String text) {
        return concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
    }

    /** The body in chunks of 64 KiB, as HTTP/1.1 chunked transfer coding frames it. */
    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65536) {
            int length = Math.min(65536, body.length - at);
            out.writeBytes(utf8(Integer.toHexString(length) + "\r\n"));
            out.write(body, at, length);
            out.writeBytes(utf8("\r\n"));
        }
        out.writeBytes(utf8("0\r\n\r\n"));
        return out.toByteArray();
    }
}
