import type { IdentityProvider } from "../api/mappings";
import type { Translate } from "../i18n/Messages";

/**
 * How a sign-in means reads in the screens: `local` is Keycloak's own sign-in, `idp:<alias>` an identity
 * provider, named by its display name when the administrator may read the providers.
 */
export function meansLabel(t: Translate, means: string, providers: IdentityProvider[] = []): string {
  if (means === "local") {
    return t("kcscim.means.local");
  }
  const alias = means.startsWith("idp:") ? means.slice(4) : means;
  const provider = providers.find((candidate) => candidate.alias === alias);
  return t("kcscim.means.provider", { provider: provider?.displayName || alias });
}
