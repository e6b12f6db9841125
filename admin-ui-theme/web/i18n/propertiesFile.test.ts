import { describe, expect, it } from "vitest";
import { parseProperties } from "./propertiesFile";

describe("a properties file read as Keycloak reads a message bundle", () => {
  it.each([
    ["key=value", ["key", "value"]],
    ["key: value", ["key", "value"]],
    ["key = value", ["key", "value"]],
    ["key value", ["key", "value"]],
    ["  indented.key=value", ["indented.key", "value"]],
    ["key=value with = and : inside", ["key", "value with = and : inside"]],
    ["key=  leading spaces go, trailing stay  ", ["key", "leading spaces go, trailing stay  "]],
    ["key=", ["key", ""]],
    ["key", ["key", ""]],
    ["a\\=b\\:c=d", ["a=b:c", "d"]],
    ["key\\ with\\ spaces=v", ["key with spaces", "v"]],
    ["key=\\ kept leading space", ["key", " kept leading space"]],
    ["key=Stra\\u00dfe \\u00C9v\\u00e9nement", ["key", "Straße Événement"]],
    ["key=tab\\tnewline\\nreturn\\rfeed\\f", ["key", "tab\tnewline\nreturn\rfeed\f"]],
    ["key=back\\\\slash and \\# and \\! and \\q", ["key", "back\\slash and # and ! and q"]],
    ["key=UTF-8 as is: Identitätsanbieter, créé", ["key", "UTF-8 as is: Identitätsanbieter, créé"]],
    ["key={{name}} keeps i18next placeholders", ["key", "{{name}} keeps i18next placeholders"]],
  ])("%s", (line, entry) => {
    expect(parseProperties(line)).toEqual([entry]);
  });

  it("skips comments with # or ! and blank lines, keeping the rest in order", () => {
    const text = "# a comment\n! another\n\n   \nfirst=1\n  # indented comment\nsecond=2\n";
    expect(parseProperties(text)).toEqual([
      ["first", "1"],
      ["second", "2"],
    ]);
  });

  it("does not read # or ! inside a value as a comment", () => {
    expect(parseProperties("key=C# and Hello!")).toEqual([["key", "C# and Hello!"]]);
  });

  it("joins continued lines, dropping the next line's leading whitespace", () => {
    const text = "key=first \\\n    second \\\n\tthird\nnext=1";
    expect(parseProperties(text)).toEqual([
      ["key", "first second third"],
      ["next", "1"],
    ]);
  });

  it("reads an even number of trailing backslashes as escaped backslashes, not a continuation", () => {
    expect(parseProperties("a=ends in \\\\\nb=2")).toEqual([
      ["a", "ends in \\"],
      ["b", "2"],
    ]);
  });

  it("continues a key across lines too", () => {
    expect(parseProperties("long\\\n  key=v")).toEqual([["longkey", "v"]]);
  });

  it("never continues a comment", () => {
    expect(parseProperties("# comment \\\nkey=v")).toEqual([["key", "v"]]);
  });

  it("ends a continuation at a blank line or the end of the file", () => {
    expect(parseProperties("a=x\\\n\nb=y\\")).toEqual([
      ["a", "x"],
      ["b", "y"],
    ]);
  });

  it("accepts Windows and old Mac line ends and a byte order mark", () => {
    expect(parseProperties("\uFEFFa=1\r\nb=2\rc=3")).toEqual([
      ["a", "1"],
      ["b", "2"],
      ["c", "3"],
    ]);
  });

  it("keeps a key given twice both times, so a caller can see it", () => {
    expect(parseProperties("k=1\nk=2")).toEqual([
      ["k", "1"],
      ["k", "2"],
    ]);
  });

  it("refuses a malformed \\u escape, naming the line", () => {
    expect(() => parseProperties("ok=1\nbad=\\u12G4")).toThrow(/line 2/);
    expect(() => parseProperties("bad=\\u12")).toThrow(/Malformed/);
  });
});
