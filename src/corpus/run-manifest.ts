/**
 * The run manifest of docs/methodology.md §13.5: everything a run's outputs are a function of, so
 * that two runs with equal manifests give identical outputs. It names inputs by base name and
 * content hash (never a folder, a host or a time), fills in every option with its default, and
 * serializes with sorted keys, so its bytes depend on nothing but what the run computed from.
 * Commands add what only they know (their own switches, a reference source, seeds).
 */
import { basename } from "node:path";
import * as z from "zod";
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { WosFormatSchema } from "../read/read-item.ts";
import { RecordedReadLimitsSchema } from "../read/read-limits.ts";
import { type Corpus, JournalTableDigestSchema } from "./corpus.ts";
import { CorpusOptionsSchema } from "./corpus-options.ts";

/** One input file of a run. */
export const ManifestInputSchema = z.object({
  /** The file's base name (WoS names every export `savedrecs.txt`; the hash tells them apart). */
  name: z.string(),
  /** Its format, detected from the content. */
  format: WosFormatSchema,
  /** SHA-256 (hex) of its bytes as stored, or `null` when the corpus was not read from files. */
  sha256: z.string().nullable(),
  /** Records seen in it (parsed and rejected). */
  records: z.number().int().nonnegative(),
});

/** One input file of a run. */
export type ManifestInput = z.infer<typeof ManifestInputSchema>;

/** The run manifest of docs/methodology.md §13.5. */
export const RunManifestSchema = z.object({
  /** Marks a copub run manifest. */
  format: z.literal("copub-run-manifest"),
  /** Version of this layout. */
  version: z.literal(1),
  /** The copub version that ran. */
  copubVersion: z.string(),
  /** The command (`corpus`, `collaboration`, `top`, …), or `null` for a library call. */
  command: z.string().nullable(),
  /** The profile (§14) the switches came from, or `null`. */
  profile: z.string().nullable(),
  /**
   * The corpus options with every default filled in; the journal table by its digest. Whether
   * funding texts were kept is left out: it changes no figure but a programme's, whose command
   * always keeps them, and a run from a saved corpus must give the manifest of a run from its exports.
   */
  options: CorpusOptionsSchema.omit({ journalTable: true, fundingText: true }).extend({
    journalTable: JournalTableDigestSchema.nullable(),
  }),
  /** The command's own switches, with defaults filled in. */
  commandOptions: z.record(z.string(), z.json()),
  /** Where percentile thresholds and baselines come from (§8.1): `corpus`, a table's SHA-256, or `null` when none are used. */
  reference: z.string().nullable(),
  /** Seeds of randomized steps by name (`louvain`), empty when none ran. */
  seeds: z.record(z.string(), z.number().int()),
  /** Input files, sorted by name, then hash, format and record count. */
  inputs: z.array(ManifestInputSchema),
  /**
   * The read limits the corpus's exports were read under (docs/reliability.md; `corpus.readLimits`,
   * kept by a saved corpus), defaults filled in, `null` for a limit turned off; `null` as a whole
   * for a corpus not read from files (`buildCorpus` over items).
   */
  readLimits: RecordedReadLimitsSchema.nullable(),
  /** Citation snapshots (§8.2) of the in-scope papers. */
  citationSnapshots: z.object({
    /** The distinct export dates (DA), sorted. */
    dates: z.array(z.string()),
    /** In-scope papers without an export date. */
    undated: z.number().int().nonnegative(),
  }),
});

/** The run manifest of docs/methodology.md §13.5. */
export type RunManifest = z.infer<typeof RunManifestSchema>;

/** What a run adds to its corpus in the manifest; everything but the version is optional. */
export interface RunDescription {
  /** The copub version (the CLI reads it from package.json). */
  readonly copubVersion: string;
  /** The command, default `null`. */
  readonly command?: string | null;
  /** The profile, default `null`. */
  readonly profile?: string | null;
  /** The command's own switches with defaults filled in, default `{}`. */
  readonly commandOptions?: Readonly<Record<string, z.core.util.JSONType>>;
  /** The reference source of percentiles and baselines: `"corpus"` or a table's SHA-256; default `null`. */
  readonly reference?: string | null;
  /** Seeds by name, default `{}`. */
  readonly seeds?: Readonly<Record<string, number>>;
}

/**
 * Builds the run manifest of a corpus and a run.
 * @param corpus - the corpus the run computed from (its options, files, read limits and in-scope papers are read)
 * @param run - the copub version and what the command adds
 * @throws ZodError when a command option is not a JSON value or a seed not an integer
 * @example
 * runManifest(corpus, { copubVersion: "0.1.0", command: "top", reference: "corpus" })
 * // → { format: "copub-run-manifest", version: 1, copubVersion: "0.1.0", command: "top", …,
 * //     inputs: [{ name: "savedrecs.txt", format: "plain", sha256: "9f86d0…", records: 500 }],
 * //     readLimits: { maxRecordBytes: 16777216, … }, citationSnapshots: { dates: ["2024-01-15"], undated: 0 } }
 */
export function runManifest(
  corpus: Pick<Corpus, "options" | "journalTable" | "files" | "papers" | "readLimits">,
  run: RunDescription,
): RunManifest {
  const { journalTable: _table, fundingText: _kept, ...options } = corpus.options;
  const dates = new Set<string>();
  let undated = 0;
  for (const paper of corpus.papers) {
    if (paper.exportDate === null) undated++;
    else dates.add(paper.exportDate);
  }
  return RunManifestSchema.parse({
    format: "copub-run-manifest",
    version: 1,
    copubVersion: run.copubVersion,
    command: run.command ?? null,
    profile: run.profile ?? null,
    options: { ...options, journalTable: corpus.journalTable },
    commandOptions: run.commandOptions ?? {},
    reference: run.reference ?? null,
    seeds: run.seeds ?? {},
    inputs: corpus.files
      .map((file) => ({
        name: basename(file.path),
        format: file.format,
        sha256: file.sha256,
        records: file.records,
      }))
      .sort(compareInputs),
    readLimits: corpus.readLimits,
    citationSnapshots: { dates: [...dates].sort(compareCodeUnits), undated },
  });
}

function compareInputs(a: ManifestInput, b: ManifestInput): number {
  return (
    compareCodeUnits(a.name, b.name) ||
    compareCodeUnits(a.sha256 ?? "", b.sha256 ?? "") ||
    compareCodeUnits(a.format, b.format) ||
    a.records - b.records
  );
}
