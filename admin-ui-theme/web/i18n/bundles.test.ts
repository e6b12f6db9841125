import { describe, expect, it } from "vitest";
import { BUNDLE_SOURCES, BUNDLES, FALLBACK_LANGUAGE, LANGUAGES } from "./bundles";
import { parseProperties } from "./propertiesFile";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

// Every source file of the screens as text, as Vite sees them; the tests themselves name keys that need not exist.
const SOURCES = import.meta.glob(["../**/*.ts", "../**/*.tsx", "!../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Keys as the code writes them: string literals that start with `kcscim.` and have at least two more parts. */
function keysInCode(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [file, text] of Object.entries(SOURCES)) {
    for (const match of text.matchAll(/["'`](kcscim(?:\.[A-Za-z0-9_]+){2,})["'`]/g)) {
      found.set(match[1], [...(found.get(match[1]) ?? []), file]);
    }
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((match) => match[1]))].sort();
}

const english = BUNDLES[FALLBACK_LANGUAGE];
const englishKeys = Object.keys(english).sort();

describe("the message bundles", () => {
  it("holds texts", () => {
    expect(englishKeys.length).toBeGreaterThan(100);
  });

  it.each(LANGUAGES.filter((language) => language !== FALLBACK_LANGUAGE))("has every English key in %s, and no other", (language) => {
    const keys = Object.keys(BUNDLES[language]);
    expect({ missing: englishKeys.filter((key) => !keys.includes(key)), unknown: keys.filter((key) => !(key in english)) }).toEqual({
      missing: [],
      unknown: [],
    });
  });

  it.each(LANGUAGES.filter((language) => language !== FALLBACK_LANGUAGE))("uses the same {{placeholders}} in %s as in English", (language) => {
    const differing = englishKeys
      .filter((key) => key in BUNDLES[language])
      .filter((key) => placeholders(BUNDLES[language][key]).join() !== placeholders(english[key]).join())
      .map((key) => `${key}: ${placeholders(english[key])} vs ${placeholders(BUNDLES[language][key])}`);
    expect(differing).toEqual([]);
  });

  it.each(LANGUAGES)("writes every key of %s once, under kcscim., with a text", (language) => {
    const entries = parseProperties(BUNDLE_SOURCES[language]);
    const keys = entries.map(([key]) => key);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(keys.filter((key) => !key.startsWith("kcscim."))).toEqual([]);
    expect(entries.filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it.each(LANGUAGES)("is valid UTF-8 in %s (a wrong byte would decode as U+FFFD)", (language) => {
    expect(BUNDLE_SOURCES[language]).not.toContain("\uFFFD");
  });

  it("gives every plural text an _other form, the one any count can fall back to", () => {
    const families = new Set(englishKeys.filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, "")));
    expect([...families].filter((family) => !(`${family}_other` in english))).toEqual([]);
  });
});

describe("the keys the code uses", () => {
  const used = keysInCode();

  it("finds them", () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it("are all in the English bundle, as a text or a plural family", () => {
    const unknown = [...used.entries()]
      .filter(([key]) => !(key in english) && !(`${key}_other` in english))
      .map(([key, files]) => `${key} (${files.join(", ")})`);
    expect(unknown).toEqual([]);
  });

  it("are written out in full, so that the check above sees them", () => {
    const built = Object.entries(SOURCES).filter(([, text]) => /`kcscim\.[^`]*\$\{/.test(text)).map(([file]) => file);
    expect(built).toEqual([]);
  });

  it("leave no English text unused", () => {
    const unused = englishKeys.filter((key) => !used.has(key) && !used.has(key.replace(PLURAL_SUFFIX, "")));
    expect(unused).toEqual([]);
  });
});
