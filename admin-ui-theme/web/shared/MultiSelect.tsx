import { useMemo, useState, type KeyboardEvent } from "react";
import {
  Label,
  LabelGroup,
  MenuToggle,
  Select,
  SelectList,
  SelectOption,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
  Button,
} from "@patternfly/react-core";
import TimesIcon from "@patternfly/react-icons/dist/esm/icons/times-icon";
import { useMessages } from "../i18n/MessagesContext";
import { labelGroupTexts } from "./CompactLabels";

export interface Choice {
  value: string;
  label: string;
  description?: string;
}

interface Props {
  id: string;
  choices: Choice[];
  selected: string[];
  onChange: (selected: string[]) => void;
  placeholder: string;
  isDisabled?: boolean;
  validated?: "default" | "error";
  /**
   * When given, the choices come from the server for what was typed (e.g. a page of groups): the component
   * reports the typed text instead of filtering the choices itself.
   */
  onSearch?: (text: string) => void;
  /** Names of selected values that are not among the current choices (e.g. groups found by an earlier search). */
  selectedLabels?: Record<string, string>;
  /** One value at most: picking replaces the choice and closes the list (a mapping's source or target). */
  single?: boolean;
  /**
   * When given, what was typed may be picked as it is: the returned choice is offered first unless a choice has
   * that value already (a SCIM path the list does not know, say). Null offers nothing.
   */
  typedChoice?: (text: string) => Choice | null;
}

/**
 * The console's typeahead multi-select: type to narrow the choices, pick several, each shown as a removable
 * label. Labels and options render their text as React text nodes, so names from a directory stay text.
 *
 * Keyboard: typing opens the list, Arrow Down moves into it, the arrows move through the options, Enter or Space
 * picks or unpicks one, Escape closes the list (and only the list, not the dialog around it) back to the input.
 */
export function MultiSelect({
  id,
  choices,
  selected,
  onChange,
  placeholder,
  isDisabled,
  validated,
  onSearch,
  selectedLabels,
  single,
  typedChoice,
}: Props) {
  const { t } = useMessages();
  const [isOpen, setOpen] = useState(false);
  const [filter, setFilter] = useState("");

  const typed = useMemo(() => {
    const text = filter.trim();
    const choice = text && typedChoice ? typedChoice(text) : null;
    return choice && !choices.some((candidate) => candidate.value === choice.value) ? choice : null;
  }, [choices, filter, typedChoice]);

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const matching = needle && !onSearch ? choices.filter((choice) => choice.label.toLowerCase().includes(needle)) : choices;
    return typed ? [typed, ...matching] : matching;
  }, [choices, filter, onSearch, typed]);

  const toggle = (value: string) => {
    if (single) {
      onChange(selected.includes(value) ? [] : [value]);
      // One pick is the whole answer: the list closes and the keyboard goes back to the input
      setFilter("");
      setOpen(false);
      document.getElementById(`${id}-input`)?.focus();
      return;
    }
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };
  const optionId = (index: number) => `${id}-option-${index}`;

  // Handles keys from the input and from the options alike: React delivers both here, wherever the list is rendered
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isDisabled) {
      return;
    }
    const fromInput = (event.target as HTMLElement).id === `${id}-input`;
    if (fromInput && event.key === "ArrowDown") {
      event.preventDefault();
      if (!isOpen) {
        setOpen(true);
      }
      // Into the list: from there PatternFly's menu moves with the arrows and picks with Enter or Space
      window.requestAnimationFrame(() => document.getElementById(optionId(0))?.focus());
    } else if (event.key === "Escape" && isOpen) {
      // The dialog closes on Escape too: marked handled, the first Escape only closes the list
      event.preventDefault();
      setOpen(false);
      document.getElementById(`${id}-input`)?.focus();
    }
  };

  // A picked typed value is in no choice: its chip shows the value itself, not the "use …" of its option
  const labelOf = (value: string) =>
    choices.find((choice) => choice.value === value)?.label ?? selectedLabels?.[value] ?? value;

  return (
    <div onKeyDown={onKeyDown}>
      <Select
        id={id}
        isOpen={isOpen}
        selected={selected}
        onSelect={(_event, value) => toggle(String(value))}
        onOpenChange={(next) => setOpen(next)}
        toggle={(ref) => (
          <MenuToggle
            ref={ref}
            variant="typeahead"
            isFullWidth
            isDisabled={isDisabled}
            onClick={() => setOpen(!isOpen)}
            isExpanded={isOpen}
            status={validated === "error" ? "danger" : undefined}
            data-testid={`${id}-toggle`}
          >
            <TextInputGroup isPlain isDisabled={isDisabled}>
              <TextInputGroupMain
                value={filter}
                placeholder={placeholder}
                onClick={() => setOpen(!isOpen)}
                onChange={(_event, value) => {
                  setFilter(value);
                  onSearch?.(value);
                  setOpen(true);
                }}
                inputId={`${id}-input`}
                aria-label={placeholder}
                role="combobox"
                isExpanded={isOpen}
                aria-controls={`${id}-listbox`}
              >
                <LabelGroup aria-label={t("kcscim.multiSelect.selected")} {...labelGroupTexts(t)}>
                  {selected.map((value) => (
                    <Label
                      key={value}
                      data-testid={`${id}-chip`}
                      closeBtnAriaLabel={t("kcscim.multiSelect.remove", { label: labelOf(value) })}
                      onClose={
                        isDisabled
                          ? undefined
                          : (event) => {
                              event.stopPropagation();
                              toggle(value);
                            }
                      }
                    >
                      {labelOf(value)}
                    </Label>
                  ))}
                </LabelGroup>
              </TextInputGroupMain>
              {filter && (
                <TextInputGroupUtilities>
                  <Button
                    variant="plain"
                    aria-label={t("kcscim.search.clear")}
                    onClick={() => {
                      setFilter("");
                      onSearch?.("");
                    }}
                  >
                    <TimesIcon />
                  </Button>
                </TextInputGroupUtilities>
              )}
            </TextInputGroup>
          </MenuToggle>
        )}
      >
        <SelectList id={`${id}-listbox`} isAriaMultiselectable={!single}>
          {visible.length === 0 ? (
            <SelectOption isDisabled value="">
              {t("kcscim.multiSelect.noMatch")}
            </SelectOption>
          ) : (
            visible.map((choice, index) => (
              // No checkbox: PatternFly gives a checkbox option the role menuitem, which a listbox may not contain
              <SelectOption
                key={choice.value}
                id={optionId(index)}
                value={choice.value}
                isSelected={selected.includes(choice.value)}
                description={choice.description}
                data-testid={`${id}-option`}
              >
                {choice.label}
              </SelectOption>
            ))
          )}
        </SelectList>
      </Select>
    </div>
  );
}
