import en from "../../src/main/resources/theme/kcscim/admin/messages/messages_en.properties?raw";
import de from "../../src/main/resources/theme/kcscim/admin/messages/messages_de.properties?raw";
import fr from "../../src/main/resources/theme/kcscim/admin/messages/messages_fr.properties?raw";
import { parseProperties } from "./propertiesFile";

/**
 * The theme's message bundles, compiled into the script. Keycloak serves the same files to the console (merged
 * with its own admin messages), but the screens and the navigation need their texts before and apart from the
 * console's i18n, so they read them here: one source, no second copy to keep in step.
 */
export const LANGUAGES = ["en", "de", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

/** English has every text by definition; any other language falls back to it, key by key. */
export const FALLBACK_LANGUAGE: Language = "en";

export type Bundle = Readonly<Record<string, string>>;

/** The files as written, for the tests that check them (a key given twice vanishes once parsed). */
export const BUNDLE_SOURCES: Readonly<Record<Language, string>> = { en, de, fr };

export const BUNDLES: Readonly<Record<Language, Bundle>> = {
  en: Object.fromEntries(parseProperties(en)),
  de: Object.fromEntries(parseProperties(de)),
  fr: Object.fromEntries(parseProperties(fr)),
};
