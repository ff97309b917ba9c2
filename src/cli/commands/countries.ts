/**
 * `copub countries <inputs...> [--unresolved]`: how the addresses of the inputs resolve to
 * countries — per country key its records and the WoS tokens read as it, or, with
 * `--unresolved`, every token that resolved to nothing with its record count and an example UT.
 */

import { compareCodeUnits } from "../../common/compare-code-units.ts";
import { pickOptions } from "../../diagnostics/checked-options.ts";
import { countryAlpha3 } from "../../normalize/country-codes.ts";
import { CountryOptionsSchema } from "../../normalize/country-options.ts";
import { countryName } from "../../normalize/country-vocabulary.ts";
import { createNormalizer } from "../../normalize/normalize.ts";
import { NormalizeOptionsSchema } from "../../normalize/normalize-options.ts";
import { unresolvedCountryTokens } from "../../normalize/unresolved-countries.ts";
import { namedCsv, withNames } from "../../output/code-names.ts";
import { toCsv } from "../../output/csv.ts";
import { jsonChunks } from "../../output/json.ts";
import { toTextTable } from "../../output/text-table.ts";
import type { WosRecord } from "../../read/wos-record.ts";
import { parseCommandLine } from "../_command-line.ts";
import { helpText } from "../_help.ts";
import { visitInputs } from "../_inputs.ts";
import { type CliIo, EXIT } from "../_io.ts";
import { NORMALIZE_HELP_SECTION, NORMALIZE_OPTIONS, normalizeOptionsFromArgs } from "../_normalize-args.ts";
import { choice, flag, HELP_OPTION } from "../_options.ts";
import { writeStdout } from "../_output-file.ts";
import { QUIET_OPTION } from "../_progress.ts";
import { READ_LIMIT_HELP_SECTION, READ_LIMIT_OPTIONS, readLimitsFromArgs } from "../_read-limit-args.ts";
import { usageError } from "../_usage-error.ts";

/** The options of `copub countries`. */
const COUNTRIES_OPTIONS = {
  unresolved: flag({ help: "list the unresolved tokens" }),
  format: choice(["text", "json", "csv"], { default: "text", help: "output format (default: text)" }),
  quiet: QUIET_OPTION,
  help: HELP_OPTION,
  ...NORMALIZE_OPTIONS,
  ...READ_LIMIT_OPTIONS,
};

/** Help text of `copub countries`. */
export const COUNTRIES_HELP = helpText("countries", COUNTRIES_OPTIONS, {
  usage: [["unresolved", "format", { text: "[normalization options]" }]],
  description: `Shows how the addresses of the inputs resolve to countries (methodology §3.2):
per country key, its English short name and alpha-3 code, the number of records with an address
in it, and the WoS tokens read as it. With --unresolved, lists instead every country token that resolved to
nothing: token, number of records, and the smallest UT carrying it.`,
  column: 23,
  sections: [{ title: "Options:", entries: ["unresolved", "format", "quiet", "help"] }],
  shared: [NORMALIZE_HELP_SECTION, READ_LIMIT_HELP_SECTION],
});

/**
 * Runs `copub countries`.
 * @param args - the arguments after `countries`
 * @param io - output channels
 * @returns the exit code
 */
export async function countriesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(args, COUNTRIES_OPTIONS);
  if (line.help) {
    io.stdout(COUNTRIES_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  const format = values.format;
  if (positionals.length === 0) throw usageError("copub countries needs at least one file or folder");
  const options = await normalizeOptionsFromArgs(values);
  const normalizeRecord = createNormalizer(pickOptions(NormalizeOptionsSchema, options));

  const recordsByCountry = new Map<string, Set<string>>();
  const tokensByCountry = new Map<string, Set<string>>();
  // Only records with an unresolved address are kept, so memory stays small on large inputs.
  const withUnresolved: WosRecord[] = [];
  const limits = readLimitsFromArgs(values);
  await visitInputs(positionals, io, { quiet: values.quiet, limits }, async (_path, reading) => {
    for await (const item of reading.items) {
      if (!item.ok) continue;
      const paper = normalizeRecord(item.record);
      for (const address of paper.addresses) {
        if (address.country === null) continue;
        addTo(recordsByCountry, address.country, paper.ut);
        // ZIP codes masked: one row per state form, not one per postcode.
        addTo(
          tokensByCountry,
          address.country,
          address.countryToken.replace(/\b\d{5}(?:-\d{4})?\b/g, "#####"),
        );
      }
      if (paper.warnings.some((w) => w.code === "unknown-country-token")) withUnresolved.push(item.record);
    }
  });

  if (values.unresolved === true) {
    const rows = unresolvedCountryTokens(withUnresolved, pickOptions(CountryOptionsSchema, options));
    if (format === "json") await writeStdout(io, jsonChunks(rows));
    else if (format === "csv")
      io.stdout(
        toCsv(
          ["token", "records", "exampleUt"],
          rows.map((r) => [r.token, r.records, r.exampleUt]),
        ),
      );
    else
      io.stdout(
        toTextTable(
          ["token", "records", "example UT"],
          rows.map((r) => [r.token, String(r.records), r.exampleUt]),
        ),
      );
    return EXIT.ok;
  }
  const rows = [...recordsByCountry.keys()].sort(compareCodeUnits).map((country) => ({
    country,
    alpha3: countryAlpha3(country),
    records: recordsByCountry.get(country)?.size ?? 0,
    tokens: [...(tokensByCountry.get(country) ?? [])].sort(compareCodeUnits),
  }));
  if (format === "json") await writeStdout(io, jsonChunks(withNames(rows)));
  else if (format === "csv") {
    io.stdout(
      namedCsv(
        ["country", "alpha3", "records", "tokens"],
        rows.map((r) => ({ ...r, tokens: r.tokens.join(";") })),
      ),
    );
  } else {
    io.stdout(
      toTextTable(
        ["country", "name", "alpha3", "records", "tokens"],
        rows.map((r) => [
          r.country,
          countryName(r.country),
          r.alpha3 ?? "",
          String(r.records),
          r.tokens.join("; "),
        ]),
      ),
    );
  }
  return EXIT.ok;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
