/**
 * Reads a Java properties file the way Keycloak reads a theme's message bundle (java.util.Properties rules,
 * but UTF-8 text, as Keycloak 26 decodes theme properties), so a text means the same to the console and to
 * the SCIM screens. Entries come back in file order, duplicates included: the last one wins, as in Java, and
 * the bundle tests can still see that a key was given twice.
 */
export function parseProperties(text: string): [string, string][] {
  const entries: [string, string][] = [];
  for (const { line, number } of logicalLines(text)) {
    entries.push(splitEntry(line, number));
  }
  return entries;
}

interface LogicalLine {
  line: string;
  /** Where the entry starts, for error messages. */
  number: number;
}

const WHITESPACE = /^[ \t\f]*/;

/**
 * Joins continued lines and drops comments and blank lines. A line continues when it ends in an odd number of
 * backslashes (an even number is escaped backslashes); the next line's leading whitespace is not part of the
 * value. A comment line never continues, even if it ends in a backslash.
 */
function* logicalLines(text: string): Generator<LogicalLine> {
  const physical = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let pending: string | null = null;
  let start = 0;
  for (let index = 0; index < physical.length; index++) {
    const trimmed = physical[index].replace(WHITESPACE, "");
    if (pending === null) {
      if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("!")) {
        continue;
      }
      start = index + 1;
    }
    const joined: string = (pending ?? "") + trimmed;
    if (endsInOddBackslashes(joined)) {
      pending = joined.slice(0, -1);
    } else {
      pending = null;
      yield { line: joined, number: start };
    }
  }
  if (pending !== null) {
    // A continuation on the last line continues into nothing.
    yield { line: pending, number: start };
  }
}

function endsInOddBackslashes(line: string): boolean {
  let count = 0;
  for (let index = line.length - 1; index >= 0 && line[index] === "\\"; index--) {
    count++;
  }
  return count % 2 === 1;
}

/** The key ends at the first unescaped `=`, `:` or whitespace; one separator and the whitespace around it go. */
function splitEntry(line: string, number: number): [string, string] {
  let end = 0;
  while (end < line.length && !"=: \t\f".includes(line[end])) {
    end += line[end] === "\\" ? 2 : 1;
  }
  end = Math.min(end, line.length);
  let rest = line.slice(end).replace(WHITESPACE, "");
  if (rest.startsWith("=") || rest.startsWith(":")) {
    rest = rest.slice(1).replace(WHITESPACE, "");
  }
  return [unescape(line.slice(0, end), number), unescape(rest, number)];
}

const NAMED_ESCAPES: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f" };

function unescape(raw: string, number: number): string {
  return raw.replace(/\\(u(.{0,4})|[\s\S])/g, (_match, escaped: string, hex: string | undefined) => {
    if (hex !== undefined) {
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw new Error(`Malformed \\uXXXX escape on line ${number}: \\u${hex}`);
      }
      return String.fromCharCode(parseInt(hex, 16));
    }
    return NAMED_ESCAPES[escaped] ?? escaped;
  });
}
