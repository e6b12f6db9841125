import { Label, List, ListItem, Text, TextContent } from "@patternfly/react-core";
import type { ExtensionAttribute, SchemaExtension } from "../api/configurations";
import { useMessages } from "../i18n/MessagesContext";
import type { Translate } from "../i18n/Messages";

/**
 * The extension schemas a configuration declares, read-only: they are infrastructure (scripts set them through
 * the admin REST API, issue 15), and the screens only show what the directory may send.
 */
export function SchemaExtensionsList({ extensions }: { extensions: SchemaExtension[] }) {
  const { t } = useMessages();
  return (
    <div data-testid="kcscim-schema-extensions">
      <TextContent className="pf-v5-u-mb-sm">
        <Text component="p" data-testid="kcscim-schema-extensions-how">
          {extensions.length === 0 ? t("kcscim.attributes.noExtensions") : t("kcscim.attributes.extensionsHow")}
        </Text>
      </TextContent>
      {extensions.map((extension) => (
        <div key={extension.id} className="pf-v5-u-mb-md" data-testid="kcscim-schema-extension">
          <Text component="p" className="pf-v5-u-font-weight-bold" data-testid="kcscim-schema-extension-id">
            {extension.id}
          </Text>
          <List aria-label={t("kcscim.attributes.extensionAttributes", { id: extension.id })}>
            {extension.attributes.map((attribute) => (
              <ListItem key={attribute.name} data-testid="kcscim-schema-extension-attribute">
                {t("kcscim.attributes.extensionAttribute", { name: attribute.name, type: attribute.type })}{" "}
                {traits(t, attribute).map((trait) => (
                  <Label key={trait} isCompact className="pf-v5-u-ml-xs">
                    {trait}
                  </Label>
                ))}
              </ListItem>
            ))}
          </List>
        </div>
      ))}
    </div>
  );
}

function traits(t: Translate, attribute: ExtensionAttribute): string[] {
  return [
    attribute.multiValued ? t("kcscim.attributes.multiValued") : null,
    attribute.required ? t("kcscim.attributes.required") : null,
    attribute.caseExact ? t("kcscim.attributes.caseExact") : null,
  ].filter((trait): trait is string => trait !== null);
}
