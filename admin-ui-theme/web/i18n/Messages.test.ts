import { describe, expect, it } from "vitest";
import { Messages } from "./Messages";

const BUNDLES = {
  en: {
    "kcscim.greeting": "Hello {{name}}",
    "kcscim.onlyEnglish": "Only in English",
    "kcscim.members_one": "{{count}} member",
    "kcscim.members_other": "{{count}} members",
    "kcscim.plain": "No plural forms",
  },
  de: {
    "kcscim.greeting": "Hallo {{name}}",
    "kcscim.members_one": "{{count}} Mitglied",
    "kcscim.members_other": "{{count}} Mitglieder",
  },
  fr: {
    "kcscim.members_one": "{{count}} membre",
    "kcscim.members_other": "{{count}} membres",
  },
};

describe("the texts of one locale", () => {
  it.each([
    ["de", "de", "de"],
    ["de-AT", "de", "de-AT"],
    ["de_CH", "de", "de-CH"],
    ["DE", "de", "de"],
    ["fr-CA", "fr", "fr-CA"],
    ["pt-BR", "en", "pt-BR"],
    ["en", "en", "en"],
    [undefined, "en", "en"],
    [null, "en", "en"],
    ["", "en", "en"],
    ["not a tag!", "en", "en"],
  ])("%s reads the %s bundle and formats as %s", (asked, language, locale) => {
    const messages = Messages.for(asked, BUNDLES);
    expect(messages.language).toBe(language);
    expect(messages.locale).toBe(locale);
  });

  it("fills placeholders, with or without spaces inside the braces", () => {
    expect(Messages.for("de", BUNDLES).t("kcscim.greeting", { name: "Ada" })).toBe("Hallo Ada");
    expect(Messages.for("en", { en: { k: "{{ a }} and {{a}}" } }).t("k", { a: "x" })).toBe("x and x");
  });

  it("inserts a value as it is, not as a template", () => {
    expect(Messages.for("en", BUNDLES).t("kcscim.greeting", { name: "{{name}} <b>" })).toBe("Hello {{name}} <b>");
  });

  it("keeps a placeholder without a value visible", () => {
    expect(Messages.for("en", BUNDLES).t("kcscim.greeting")).toBe("Hello {{name}}");
  });

  it("falls back to English for a key the language lacks", () => {
    expect(Messages.for("de", BUNDLES).t("kcscim.onlyEnglish")).toBe("Only in English");
  });

  it("answers an unknown key with the key, so the gap shows", () => {
    expect(Messages.for("de", BUNDLES).t("kcscim.nowhere")).toBe("kcscim.nowhere");
  });

  it.each([
    ["en", 1, "1 member"],
    ["en", 0, "0 members"],
    ["en", 2, "2 members"],
    ["de", 1, "1 Mitglied"],
    ["de", 7, "7 Mitglieder"],
    // French counts 0 as singular; a million is CLDR's "many", which falls back to _other.
    ["fr", 0, "0 membre"],
    ["fr", 1, "1 membre"],
    ["fr", 2, "2 membres"],
    ["fr", 1000000, `${new Intl.NumberFormat("fr").format(1000000)} membres`],
    // The words are English, so are the plural rules (Portuguese would call 0 singular).
    ["pt-BR", 0, "0 members"],
  ])("%s with count %d says %s", (locale, count, expected) => {
    expect(Messages.for(locale, BUNDLES).t("kcscim.members", { count })).toBe(expected);
  });

  it("uses the plain key when a text has no plural forms", () => {
    expect(Messages.for("en", BUNDLES).t("kcscim.plain", { count: 3 })).toBe("No plural forms");
  });

  it("formats numbers among the parameters for the locale", () => {
    expect(Messages.for("de", BUNDLES).t("kcscim.members", { count: 1234 })).toBe("1.234 Mitglieder");
    expect(Messages.for("en", BUNDLES).t("kcscim.members", { count: 1234 })).toBe("1,234 members");
  });

  it("hands out bound functions, so components can destructure them", () => {
    const { t, formatNumber } = Messages.for("de", BUNDLES);
    expect(t("kcscim.greeting", { name: "Ada" })).toBe("Hallo Ada");
    expect(formatNumber(1234.5)).toBe("1.234,5");
  });
});

describe("dates and numbers of one locale", () => {
  const instant = new Date(2026, 11, 5, 22, 59, 31);

  // Compared with what the JavaScript engine's own ICU makes of the locale, so the tests hold on any Node.
  it.each(["en", "de", "de-AT", "fr", "fr-CA", "pt-BR"])("shows a date and time in %s as toLocaleString() does there", (locale) => {
    expect(Messages.for(locale).formatDateTime(instant.getTime())).toBe(instant.toLocaleString(locale));
    expect(Messages.for(locale).formatDateTime(instant.toISOString())).toBe(instant.toLocaleString(locale));
  });

  it("writes a German date the German way", () => {
    expect(Messages.for("de").formatDateTime(instant.toISOString())).toBe("5.12.2026, 22:59:31");
  });

  it("formats for the locale even where the words fall back to English", () => {
    expect(Messages.for("pt-BR").formatNumber(1234.5)).toBe("1.234,5");
  });

  it("shows an unreadable instant as it came", () => {
    expect(Messages.for("de").formatDateTime("yesterday")).toBe("yesterday");
  });

  it.each([
    ["en", "1,234,567.5"],
    ["de", "1.234.567,5"],
  ])("%s writes 1234567.5 as %s", (locale, expected) => {
    expect(Messages.for(locale).formatNumber(1234567.5)).toBe(expected);
  });

  it("follows the region, not only the language", () => {
    expect(Messages.for("de-CH").formatNumber(1234567.5)).toBe(new Intl.NumberFormat("de-CH").format(1234567.5));
    expect(Messages.for("de-CH").formatNumber(1234567.5)).not.toBe(Messages.for("de").formatNumber(1234567.5));
  });
});
