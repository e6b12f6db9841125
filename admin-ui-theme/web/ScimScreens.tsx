import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Alert,
  AlertActionCloseButton,
  AlertGroup,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  EmptyStateIcon,
  PageSection,
} from "@patternfly/react-core";
import LockIcon from "@patternfly/react-icons/dist/esm/icons/lock-icon";
import type { AdminApi } from "./api/adminApi";
import { loadRealmAccess, type RealmAccess } from "./api/access";
import type { ScimSection } from "./console/scimRoutes";
import { ScreenContext, type Screen } from "./shared/ScreenContext";
import { Loading } from "./shared/Loading";
import { ConfigurationsSection } from "./configurations/ConfigurationsSection";
import { MappingsSection } from "./mappings/MappingsSection";
import { SignInRequiredError } from "./auth/adminSession";
import { Messages } from "./i18n/Messages";
import { MessagesContext } from "./i18n/MessagesContext";
import { consoleMessages } from "./i18n/consoleLocale";

interface Props {
  api: AdminApi;
  realm: string;
  section: ScimSection;
}

interface Toast {
  key: number;
  message: string;
  variant: "success" | "danger";
}

type AccessState = { state: "loading" } | { state: "failed"; error: Error } | { state: "loaded"; access: RealmAccess };

/**
 * The SCIM screens of one realm: finds out what the administrator may do there, then shows the section the
 * route names, in the console's language. Independent of where it is mounted, so it could move into a console
 * extension slot unchanged.
 */
export function ScimScreens({ api, realm, section }: Props) {
  const [access, setAccess] = useState<AccessState>({ state: "loading" });
  const [toasts, setToasts] = useState<Toast[]>([]);

  useEffect(() => {
    let current = true;
    setAccess({ state: "loading" });
    loadRealmAccess(api, realm)
      .then((loaded) => current && setAccess({ state: "loaded", access: loaded }))
      .catch((error: Error) => current && setAccess({ state: "failed", error }));
    return () => {
      current = false;
    };
  }, [api, realm]);

  const notify = useCallback((message: string, variant: "success" | "danger" = "success") => {
    const key = Date.now() + Math.random();
    setToasts((shown) => [...shown, { key, message, variant }]);
    window.setTimeout(() => setToasts((shown) => shown.filter((toast) => toast.key !== key)), 8000);
  }, []);

  // Until whoami answers, the language the navigation already learned from it (English at the very first).
  const messages = useMemo(() => (access.state === "loaded" ? Messages.for(access.access.locale) : consoleMessages()), [access]);
  const { t } = messages;

  const screen: Screen | null = useMemo(
    () => (access.state === "loaded" ? { api, realm, access: access.access, notify } : null),
    [api, realm, access, notify],
  );

  let content;
  if (access.state === "loading") {
    content = <Loading label={t("kcscim.screens.loading")} />;
  } else if (access.state === "failed") {
    content = (
      <PageSection variant="light">
        <Alert
          variant="danger"
          isInline
          title={t(access.error instanceof SignInRequiredError ? "kcscim.screens.sessionEnded" : "kcscim.screens.startFailed")}
          actionLinks={
            <Button variant="link" isInline onClick={() => window.location.reload()}>
              {t("kcscim.screens.reload")}
            </Button>
          }
        >
          {access.error instanceof SignInRequiredError
            ? t("kcscim.screens.sessionEndedBody", { detail: access.error.message })
            : access.error.message}
        </Alert>
      </PageSection>
    );
  } else if (!access.access.canView) {
    content = (
      <PageSection variant="light">
        <EmptyState data-testid="kcscim-forbidden">
          <EmptyStateHeader titleText={t("kcscim.screens.forbiddenTitle")} icon={<EmptyStateIcon icon={LockIcon} />} headingLevel="h1" />
          <EmptyStateBody>{t("kcscim.screens.forbiddenBody", { realm })}</EmptyStateBody>
        </EmptyState>
      </PageSection>
    );
  } else {
    content = section === "configurations" ? <ConfigurationsSection /> : <MappingsSection />;
  }

  return (
    <MessagesContext.Provider value={messages}>
      <ScreenContext.Provider value={screen}>
        <AlertGroup isToast isLiveRegion>
          {toasts.map((toast) => (
            <Alert
              key={toast.key}
              variant={toast.variant}
              title={toast.message}
              data-testid="kcscim-toast"
              actionClose={<AlertActionCloseButton onClose={() => setToasts((shown) => shown.filter((other) => other.key !== toast.key))} />}
            />
          ))}
        </AlertGroup>
        {content}
      </ScreenContext.Provider>
    </MessagesContext.Provider>
  );
}
