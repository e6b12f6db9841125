import { BUNDLES, FALLBACK_LANGUAGE, type Bundle } from "./bundles";

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: MessageParams) => string;

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

// What Date.prototype.toLocaleString() shows, which the screens used before they followed the console's locale.
const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
};

/**
 * The screens' texts and formats in one locale, the one Keycloak's `whoami` reports for the administrator.
 *
 * Texts come from the bundle of the locale's language (`de-AT` reads `de`), key by key falling back to English,
 * which is also the language of any locale without a bundle (`pt-BR`). Dates and numbers follow the locale
 * itself, as the console around the screens does, even where the words fall back to English.
 *
 * `t`, `formatDateTime` and `formatNumber` are bound, so components can destructure them.
 */
export class Messages {
  private readonly plurals: Intl.PluralRules;
  private readonly dates: Intl.DateTimeFormat;
  private readonly numbers: Intl.NumberFormat;

  private constructor(
    /** The tag as asked for (normalized), e.g. `de-AT`; what dates and numbers follow. */
    readonly locale: string,
    /** The bundle's language, e.g. `de`. */
    readonly language: string,
    private readonly texts: Bundle,
    private readonly fallback: Bundle,
  ) {
    // Plural forms belong to the words: pt-BR reads English texts, so it needs English plural rules.
    this.plurals = new Intl.PluralRules(language);
    this.dates = new Intl.DateTimeFormat(locale, DATE_TIME);
    this.numbers = new Intl.NumberFormat(locale);
  }

  /** `locale`: a BCP 47 tag such as `de`, `fr-CA` or `pt-BR`; absent or unusable means English. */
  static for(locale: string | null | undefined, bundles: Readonly<Record<string, Bundle>> = BUNDLES): Messages {
    const tag = canonicalTag(locale);
    const primary = tag.split("-")[0].toLowerCase();
    const language = primary in bundles ? primary : FALLBACK_LANGUAGE;
    return new Messages(tag, language, bundles[language], bundles[FALLBACK_LANGUAGE]);
  }

  /**
   * The text of `key`, with `{{name}}` placeholders filled from `params` (numbers formatted for the locale).
   * A numeric `count` picks the plural form: `key_one`, `key_other`, ... as `Intl.PluralRules` names them,
   * `key_other` when the language has no text for that form, the plain `key` when it has no forms at all.
   * An unknown key comes back as itself, so a missing text shows where it is missing.
   */
  readonly t: Translate = (key, params) => {
    const text = this.lookup(key, params?.count) ?? key;
    return params ? this.interpolate(text, params) : text;
  };

  /** An instant from the API (ISO 8601 text or epoch milliseconds); anything unreadable is shown as it came. */
  readonly formatDateTime = (instant: string | number): string => {
    const date = new Date(instant);
    return Number.isNaN(date.getTime()) ? String(instant) : this.dates.format(date);
  };

  readonly formatNumber = (value: number): string => this.numbers.format(value);

  private lookup(key: string, count: string | number | undefined): string | undefined {
    const forms = typeof count === "number" ? [`${key}_${this.plurals.select(count)}`, `${key}_other`, key] : [key];
    for (const bundle of [this.texts, this.fallback]) {
      const found = forms.find((form) => form in bundle);
      if (found) {
        return bundle[found];
      }
    }
    return undefined;
  }

  private interpolate(text: string, params: MessageParams): string {
    return text.replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) {
        return placeholder;
      }
      return typeof value === "number" ? this.formatNumber(value) : value;
    });
  }
}

/** Keycloak writes tags with `-`, Java's Locale.toString() with `_`; Intl wants the former, canonical. */
function canonicalTag(locale: string | null | undefined): string {
  if (!locale) {
    return FALLBACK_LANGUAGE;
  }
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, "-"))[0] ?? FALLBACK_LANGUAGE;
  } catch {
    return FALLBACK_LANGUAGE;
  }
}
