/** A timestamp of the API in the administrator's locale, or a word for "never". */
export function formatInstant(instant: string | null | undefined, never = "Never"): string {
  if (!instant) {
    return never;
  }
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : date.toLocaleString();
}
