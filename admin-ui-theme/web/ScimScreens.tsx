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
 * route names. Independent of where it is mounted, so it could move into a console extension slot unchanged.
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

  const screen: Screen | null = useMemo(
    () => (access.state === "loaded" ? { api, realm, access: access.access, notify } : null),
    [api, realm, access, notify],
  );

  let content;
  if (access.state === "loading") {
    content = <Loading what="your permissions" />;
  } else if (access.state === "failed") {
    content = (
      <PageSection variant="light">
        <Alert
          variant="danger"
          isInline
          title={access.error instanceof SignInRequiredError ? "Your session has ended" : "The SCIM screens could not start"}
          actionLinks={
            <Button variant="link" isInline onClick={() => window.location.reload()}>
              Reload the console
            </Button>
          }
        >
          {access.error.message}
        </Alert>
      </PageSection>
    );
  } else if (!access.access.canView) {
    content = (
      <PageSection variant="light">
        <EmptyState data-testid="kcscim-forbidden">
          <EmptyStateHeader titleText="No access to SCIM in this realm" icon={<EmptyStateIcon icon={LockIcon} />} headingLevel="h1" />
          <EmptyStateBody>Viewing the SCIM configurations of realm "{realm}" needs the view-realm role of that realm.</EmptyStateBody>
        </EmptyState>
      </PageSection>
    );
  } else {
    content = section === "configurations" ? <ConfigurationsSection /> : <MappingsSection />;
  }

  return (
    <ScreenContext.Provider value={screen}>
      <AlertGroup isToast isLiveRegion>
        {toasts.map((toast) => (
          <Alert
            key={toast.key}
            variant={toast.variant}
            title={toast.message}
            data-testid="kcscim-toast"
            actionClose={<AlertActionCloseButton onClose={() => setToasts((shown) => shown.filter((t) => t.key !== toast.key))} />}
          />
        ))}
      </AlertGroup>
      {content}
    </ScreenContext.Provider>
  );
}
