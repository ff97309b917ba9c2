/**
 * A command's help text, written from its option table: the usage line, a description in prose,
 * then sections of option lines aligned on one column. The table gives each option's name, value
 * and help line; the layout only says which options go in which section and in what order, and may
 * explain an option again in a section's own terms (`--years` among the periods, `--reference
 * corpus` and `--reference FILE` apart). Kept apart from parsing: it changes how help reads, never
 * what a command accepts.
 */
import type { OptionTable } from "./_options.ts";

/**
 * An option in a help section or usage line: its name, or its name with the value and help this
 * place shows instead of the table's.
 */
export type HelpEntry<K extends string> =
  | K
  | { readonly key: K; readonly value?: string; readonly help?: string };

/** Options listed under a title, aligned on one column. */
export interface HelpSection<K extends string> {
  /** The lines above the options, e.g. `"Options:"`. */
  readonly title?: string;
  /** Where option help starts (0-based); an option whose name and value reach it stands on its own line. */
  readonly column?: number;
  /** The options, in order. */
  readonly entries: readonly HelpEntry<K>[];
  /** Lines right under the options. */
  readonly after?: string;
}

/** One item of a usage line: an option (in brackets unless required), alternatives, or text as it is. */
export type UsageItem<K extends string> = HelpEntry<K> | readonly HelpEntry<K>[] | { readonly text: string };

/** Everything of a command's help that is not in its option table. */
export interface HelpLayout<K extends string> {
  /** Usage lines after `Usage: copub <command> <operands>`, each a list of items. */
  readonly usage: readonly (readonly UsageItem<K>[])[];
  /** What the command takes before its options; default `<files or folders...>`. */
  readonly operands?: string;
  /** What the command does, in prose. */
  readonly description: string;
  /** The column of the command's own sections (a section may set its own). */
  readonly column: number;
  /** The command's own sections, in order. */
  readonly sections: readonly HelpSection<K>[];
  /** Prose after the command's own sections. */
  readonly epilogue?: string;
  /** Sections several commands share, such as the corpus options, last. */
  readonly shared?: readonly HelpSection<K>[];
}

/**
 * The help text of a command.
 * @param command - its name, e.g. `"read"`
 * @param options - its option table
 * @param layout - usage, description and sections
 * @throws Error when the layout leaves out an option of the table or names one it does not have
 *   (a programming error, found when the command's module loads)
 * @example
 * helpText("read", READ_OPTIONS, { usage: [["format"]], description: "Reads …", column: 23,
 *   sections: [{ title: "Options:", entries: ["format", "help"] }] })
 * // → "Usage: copub read <files or folders...> [--format json|text]\n\nReads …\n\nOptions:\n  --format json|text   …"
 */
export function helpText<O extends OptionTable>(
  command: string,
  options: O,
  layout: HelpLayout<keyof O & string>,
): string {
  const listed = new Set([...layout.sections, ...(layout.shared ?? [])].flatMap((s) => s.entries.map(key)));
  const missing = Object.keys(options).filter((name) => !listed.has(name));
  if (missing.length > 0)
    throw new Error(`copub ${command}: --${missing.join(", --")} missing from its help`);
  const lead = `Usage: copub ${command} `;
  const usage = layout.usage
    .map((line, index) => {
      const items = line.map((item) => usageItem(options, item)).join(" ");
      const operands = layout.operands ?? "<files or folders...>";
      return index === 0 ? `${lead}${operands} ${items}` : `${" ".repeat(lead.length)}${items}`;
    })
    .join("\n");
  const blocks = [
    usage,
    layout.description,
    ...layout.sections.map((s) => section(options, s, layout.column)),
    ...(layout.epilogue === undefined ? [] : [layout.epilogue]),
    ...(layout.shared ?? []).map((s) => section(options, s, layout.column)),
  ];
  return `${blocks.join("\n\n")}\n`;
}

/**
 * Option lines aligned on a column: `  --name VALUE` then the help, whose further lines are
 * indented to the column.
 */
function section<O extends OptionTable>(
  options: O,
  s: HelpSection<keyof O & string>,
  column: number,
): string {
  const at = s.column ?? column;
  const lines = s.entries.map((entry) => {
    const { label, help } = describe(options, entry);
    const [first = "", ...rest] = help.split("\n");
    const indented = rest.map((line) => `${" ".repeat(at)}${line}`);
    const head = `  ${label}`;
    // At least one space between the label and its help; a longer label has a line of its own.
    return head.length < at
      ? [`${head.padEnd(at)}${first}`, ...indented].join("\n")
      : [head, `${" ".repeat(at)}${first}`, ...indented].join("\n");
  });
  return [
    ...(s.title === undefined ? [] : [s.title]),
    ...lines,
    ...(s.after === undefined ? [] : [s.after]),
  ].join("\n");
}

function usageItem<O extends OptionTable>(options: O, item: UsageItem<keyof O & string>): string {
  if (typeof item === "object" && "text" in item) return item.text;
  const entries = Array.isArray(item) ? item : [item as HelpEntry<keyof O & string>];
  const labels = entries.map((entry) => describe(options, entry).label);
  const required = entries.length === 1 && options[key(entries[0] as HelpEntry<string>)]?.required === true;
  return required ? labels.join(" | ") : `[${labels.join(" | ")}]`;
}

/** `--name VALUE` (with `-x, ` before it for a short alias) and the help of an entry. */
function describe<O extends OptionTable>(
  options: O,
  entry: HelpEntry<keyof O & string>,
): { label: string; help: string } {
  const name = key(entry);
  const option = options[name];
  if (option === undefined) throw new Error(`help lists --${name}, which is not an option`);
  const value = (typeof entry === "object" ? entry.value : undefined) ?? option.value;
  const help = (typeof entry === "object" ? entry.help : undefined) ?? option.help;
  const short = option.short === undefined ? "" : `-${option.short}, `;
  return { label: `${short}--${name}${value === "" ? "" : ` ${value}`}`, help };
}

function key(entry: HelpEntry<string>): string {
  return typeof entry === "string" ? entry : entry.key;
}
