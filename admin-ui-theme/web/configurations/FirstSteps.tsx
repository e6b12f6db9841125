import { Button, List, ListItem, Text, TextContent } from "@patternfly/react-core";
import ExternalLinkAltIcon from "@patternfly/react-icons/dist/esm/icons/external-link-alt-icon";
import { useMessages } from "../i18n/MessagesContext";

/** The vendors' own guides to connecting a SCIM application, for the directory side of the first connection. */
export const DIRECTORY_GUIDES = [
  {
    directory: "entra",
    name: "Microsoft Entra ID",
    url: "https://learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups#integrate-your-scim-endpoint-with-the-microsoft-entra-provisioning-service",
  },
  {
    directory: "okta",
    name: "Okta",
    url: "https://help.okta.com/en-us/content/topics/apps/apps_app_integration_wizard_scim.htm",
  },
] as const;

/** What a realm without a configuration does next: two steps, and where the directory's side is explained. */
export function FirstSteps() {
  const { t } = useMessages();
  return (
    <TextContent data-testid="kcscim-first-steps">
      <List component="ol" className="pf-v5-u-text-align-left">
        <ListItem>{t("kcscim.configurations.emptyCreate")}</ListItem>
        <ListItem>{t("kcscim.configurations.emptyConnect")}</ListItem>
      </List>
      <Text component="p">
        {t("kcscim.configurations.guides")}{" "}
        {DIRECTORY_GUIDES.map((guide, index) => (
          <span key={guide.directory}>
            {index > 0 && " · "}
            <Button
              component="a"
              variant="link"
              isInline
              href={guide.url}
              target="_blank"
              rel="noopener noreferrer"
              icon={<ExternalLinkAltIcon />}
              iconPosition="end"
              data-testid={`kcscim-guide-${guide.directory}`}
            >
              {guide.name}
              <span className="pf-v5-screen-reader"> {t("kcscim.configurations.opensInNewTab")}</span>
            </Button>
          </span>
        ))}
      </Text>
    </TextContent>
  );
}
