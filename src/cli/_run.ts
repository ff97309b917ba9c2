/**
 * The command dispatcher: argv → command → exit code. It does the work and reports errors
 * through `io`; it never touches `process`, so tests run it in-process.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { type CliIo, EXIT } from "./_io.ts";
import { UsageError } from "./_usage-error.ts";
import { COLLABORATION_HELP, collaborationCommand } from "./commands/collaboration.ts";
import { CORPUS_COMMAND_HELP, corpusCommand } from "./commands/corpus.ts";
import { COUNTRIES_HELP, countriesCommand } from "./commands/countries.ts";
import { EXPORT_HELP, exportCommand } from "./commands/export.ts";
import { IMPACT_HELP, impactCommand } from "./commands/impact.ts";
import { NETWORK_HELP, networkCommand } from "./commands/network.ts";
import { NORMALIZE_COMMAND_HELP, normalizeCommand } from "./commands/normalize.ts";
import { PARTNERS_HELP, partnersCommand } from "./commands/partners.ts";
import { PROGRAMME_HELP, programmeCommand } from "./commands/programme.ts";
import { READ_HELP, readCommand } from "./commands/read.ts";
import { REPORT_HELP, reportCommand } from "./commands/report.ts";
import { SQL_HELP, sqlCommand } from "./commands/sql.ts";
import { TOP_HELP, topCommand } from "./commands/top.ts";

/** A CLI command: arguments after its name → exit code. */
type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** A command with its help text and its one-line summary for the main help. */
interface CommandEntry {
  readonly run: Command;
  readonly help: string;
  readonly summary: string;
}

const COMMANDS: ReadonlyMap<string, CommandEntry> = new Map(
  (
    [
      [
        "report",
        reportCommand,
        REPORT_HELP,
        "the main job: collaboration, Top10%, partners and the network core in one report",
      ],
      ["read", readCommand, READ_HELP, "read exports and print the record accounting"],
      ["normalize", normalizeCommand, NORMALIZE_COMMAND_HELP, "one normalized paper per line, sorted by UT"],
      ["countries", countriesCommand, COUNTRIES_HELP, "how addresses resolve to countries"],
      [
        "corpus",
        corpusCommand,
        CORPUS_COMMAND_HELP,
        "build (and save) the deduplicated corpus, print its accounting",
      ],
      ["export", exportCommand, EXPORT_HELP, "the corpus as Parquet tables for DuckDB and Spark"],
      ["network", networkCommand, NETWORK_HELP, "co-authorship network: GraphML, GEXF, VOSviewer, JSON, CSV"],
      ["collaboration", collaborationCommand, COLLABORATION_HELP, "international co-authorship per country"],
      ["top", topCommand, TOP_HELP, "adjusted Top10%/Top1% papers per country, domestic and international"],
      ["impact", impactCommand, IMPACT_HELP, "field-normalized citation impact per country: MNCS, CNCI, MCS"],
      [
        "partners",
        partnersCommand,
        PARTNERS_HELP,
        "partner countries of a focal country: shares, ranks, rank change",
      ],
      [
        "programme",
        programmeCommand,
        PROGRAMME_HELP,
        "a funded programme's papers by grant, DOI or UT: per project and fiscal year, against targets",
      ],
      [
        "sql",
        sqlCommand,
        SQL_HELP,
        "collaboration, Top10% or partners by the shipped SQL on DuckDB over an export",
      ],
    ] as const
  ).map(([name, run, help, summary]) => [name, { run, help, summary }]),
);

/** Top-level help text. */
export function mainHelp(version: string): string {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length));
  const commands = [...COMMANDS].map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join("\n");
  return `copub ${version}: international research collaboration indicators from Web of Science exports

Usage: copub <command> [options]

Commands:
${commands}

Run "copub <command> --help" for the options of a command.
Options:
  -h, --help     show this help
  -v, --version  print the version
`;
}

/**
 * Runs the CLI on an argument list.
 * @param argv - arguments after the program name, e.g. `["read", "savedrecs.txt"]`
 * @param io - output channels
 * @param version - the package version, for `--version` and the help text
 * @returns the exit code: 0 ran, 1 unusable input, 2 bad usage
 * @example
 * await runCli(["read", "--format", "json", "data-samples"], io) // → 0
 */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(mainHelp(version));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    io.stderr(`copub: unknown command "${name}"\n\n${mainHelp(version)}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`copub ${name}: ${(error as Error).message}\n\n${command.help}`);
      return EXIT.usage;
    }
    if (error instanceof CopubError) {
      io.stderr(`copub ${name}: ${error.message}\n`);
      // An option value outside its domain is bad usage, not bad input.
      return error.code === "invalid-option" && error.file === null ? EXIT.usage : EXIT.unusableInput;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}
