/**
 * The options of a programme evaluation (docs/methodology.md §12) on the command line, declared
 * once for `copub programme` and `copub report --projects`: the project table, the targets, the
 * fiscal year's first month, the date policy, the partner rule, funder patterns selecting alone
 * and the count targets are compared with. The tables are read before the corpus, so a bad cell
 * fails at once with its file, line and column, not after the exports have been read.
 */
import { pickOptions } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { type CountryOptionsInput, CountryOptionsSchema } from "../normalize/country-options.ts";
import { type ProgrammeOptions, ProgrammeOptionsSchema } from "../programme/programme-options.ts";
import { type Project, parseProjectTable } from "../programme/project-table.ts";
import { loadTargetTable, type Target } from "../programme/target-table.ts";
import { readTextFile } from "../read/source.ts";
import { choice, file, flag, invalidValue, type OptionValues, valueOption } from "./_options.ts";
import { usageError } from "./_usage-error.ts";

const MONTH = "a month from 1 to 12";

/** The programme options both commands share (the period and the focal country are each command's own). */
export const PROGRAMME_OPTIONS = {
  projects: file(`the project table, CSV or JSON: project, grants, partners, dois,
uts, funders, orcids (see docs/programme.md)`),
  targets: file(`targets per reporting year, CSV: fiscalYear,target and optionally
project (empty: the programme)`),
  "fiscal-year-start": valueOption(
    {
      value: "4",
      default: 4,
      help: "first month of the fiscal year (default 4: April–March, Japan)",
    },
    MONTH,
    (text, name) => {
      if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 12)
        throw invalidValue(name, MONTH, text);
      return Number(text);
    },
  ),
  "date-policy": choice(["earliest", "final"], {
    default: "earliest",
    help: `earliest (default): the Early Access date when there is one, else
PD and PY; final: PD and PY only`,
  }),
  "partner-author-rule": choice(["country", "orcid"], {
    default: "country",
    help: `country (default): a partner country on the paper; orcid: also a
listed partner researcher (ORCID iD) with an address there`,
  }),
  "allow-funder-text-only": flag({
    help: `let a funder pattern select a paper that no grant id, DOI or UT
selects (funder names alone over-select)`,
  }),
  "target-indicator": choice(["papers", "international", "withPartner"], {
    default: "withPartner",
    help: "the count compared with the targets (default withPartner)",
  }),
};

/** `--period` of `copub programme`; `copub report`, whose `--period` is a window, calls it `--programme-period`. */
export const PROGRAMME_PERIOD = choice(["fiscal", "calendar"], {
  default: "fiscal",
  help: `fiscal (default): fiscal years from --fiscal-year-start; calendar:
publication years, which need no month`,
});

/** The help lines of the shared options, in order. */
export const PROGRAMME_HELP_ENTRIES: readonly (keyof typeof PROGRAMME_OPTIONS)[] = [
  "projects",
  "targets",
  "fiscal-year-start",
  "date-policy",
  "partner-author-rule",
  "allow-funder-text-only",
  "target-indicator",
];

type ProgrammeArgValues = OptionValues<typeof PROGRAMME_OPTIONS>;

/** The tables of a programme evaluation as read from the command line, before the corpus. */
export interface ProgrammeTables {
  /** The project table's file, for messages. */
  readonly projectsFile: string;
  /** Its text: parsed again under the corpus's country switches (see {@link programmeProjects}). */
  readonly projectsText: string;
  /** The targets, or none without `--targets`. */
  readonly targets: readonly Target[];
}

/**
 * Reads `--projects` and `--targets`, checking every cell of both.
 * @param values - the command's option values
 * @param countryOptions - the country switches of the command line, to check the partners now
 * @param given - the options given on the command line (the others of this table need `--projects`)
 * @returns the tables, or `null` without `--projects`
 * @throws UsageError for `--targets` or another programme option without `--projects`
 * @throws CopubError for a missing file or a bad cell, naming file, line and column, or a target
 *   for a project the table does not have
 * @example
 * await programmeTables({ projects: "projects.csv", targets: undefined, … }, {}, new Set(["projects"]))
 * // → { projectsFile: "projects.csv", projectsText: "project,grants,…", targets: [] }
 */
export async function programmeTables(
  values: ProgrammeArgValues,
  countryOptions: CountryOptionsInput,
  given: ReadonlySet<string>,
): Promise<ProgrammeTables | null> {
  if (values.projects === undefined) {
    // `--programme-period` is the report's name for the period of a programme.
    const orphans = [...PROGRAMME_HELP_ENTRIES, "programme-period"].filter(
      (name) => name !== "projects" && given.has(name),
    );
    if (orphans.length > 0)
      throw usageError(`--${orphans.join(", --")} needs --projects FILE (the project table)`);
    return null;
  }
  const projectsText = await readTextFile(values.projects, "project table");
  const ids = new Set(parseProjectTable(projectsText, values.projects, countryOptions).map((p) => p.project));
  const targets = values.targets === undefined ? [] : await loadTargetTable(values.targets);
  const stray = [
    ...new Set(targets.flatMap((t) => (t.project === null || ids.has(t.project) ? [] : [t.project]))),
  ];
  if (stray.length > 0)
    throw new CopubError(
      "invalid-option",
      `${values.targets}: targets for ${stray.map((id) => `"${id}"`).join(", ")}, not a project of ${values.projects}`,
      values.targets ?? null,
    );
  return { projectsFile: values.projects, projectsText, targets };
}

/**
 * The projects under the corpus's country switches: a saved corpus keeps the switches it was built
 * with, and "England" is `GB` or `GB-ENG` as they say.
 * @example
 * programmeProjects(tables, corpus.options) // → [{ project: "ASPIRE-GB", grants: ["JPMJAP9999"], partners: ["GB"], … }]
 */
export function programmeProjects(tables: ProgrammeTables, countryOptions: CountryOptionsInput): Project[] {
  // The switches only: a corpus's options hold its other settings too.
  return parseProjectTable(
    tables.projectsText,
    tables.projectsFile,
    pickOptions(CountryOptionsSchema, countryOptions),
  );
}

/**
 * The settled programme options.
 * @param values - the command's option values
 * @param tables - from {@link programmeTables}
 * @param focal - the focal country key
 * @param period - `fiscal` or `calendar`
 * @example
 * programmeOptionsFromArgs(values, tables, "JP", "fiscal")
 * // → { focal: "JP", fiscalYearStart: 4, datePolicy: "earliest", period: "fiscal", partnerAuthorRule: "country", allowFunderTextOnly: false, targets: [], targetIndicator: "withPartner" }
 */
export function programmeOptionsFromArgs(
  values: ProgrammeArgValues,
  tables: ProgrammeTables,
  focal: string,
  period: "fiscal" | "calendar",
): ProgrammeOptions {
  return ProgrammeOptionsSchema.parse({
    focal,
    fiscalYearStart: values["fiscal-year-start"],
    datePolicy: values["date-policy"],
    period,
    partnerAuthorRule: values["partner-author-rule"],
    allowFunderTextOnly: values["allow-funder-text-only"],
    targets: tables.targets,
    targetIndicator: values["target-indicator"],
  });
}
