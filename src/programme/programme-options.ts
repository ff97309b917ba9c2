/**
 * The switches of a programme evaluation (docs/methodology.md §12), validated once: the focal
 * country, the reporting periods (fiscal years from a start month, or calendar years), which date
 * gives a paper its fiscal year, the stricter ORCID reading of "with partner researchers", whether
 * funder patterns may select alone, and the targets with the count they are compared with.
 */
import * as z from "zod";
import type { PaperProgressListener } from "../corpus/paper-progress.ts";
import { CountryTextSchema } from "../normalize/country-vocabulary.ts";
import { TargetSchema } from "./target-table.ts";

/** Options of `programme` and `programmeFromStream`; unknown keys are an error. */
export const ProgrammeOptionsSchema = z.strictObject({
  /** The focal country `H`: a key, ISO code or name (`"JP"`, `"JPN"`, `"Japan"`). Default `"JP"`. */
  focal: CountryTextSchema.default("JP"),
  /** First month of the fiscal year, 1–12. Default 4 (April: Japan's fiscal year). */
  fiscalYearStart: z.number().int().min(1).max(12).default(4),
  /** `"earliest"` (default): the Early Access date when there is one, else PD + PY; `"final"`: PD + PY only. */
  datePolicy: z.enum(["earliest", "final"]).default("earliest"),
  /** `"fiscal"` (default) or `"calendar"`: the paper's publication year `y(p)`, which needs no month. */
  period: z.enum(["fiscal", "calendar"]).default("fiscal"),
  /**
   * `"country"` (default): a partner country among the paper's countries (§12.2); `"orcid"`: also
   * an author whose ORCID iD the project lists and whose address is in a partner country.
   */
  partnerAuthorRule: z.enum(["country", "orcid"]).default("country"),
  /** Whether a funder pattern may select a paper that no grant id, DOI or UT selects. Default `false`. */
  allowFunderTextOnly: z.boolean().default(false),
  /** Targets to compare the actual counts with. Default none. */
  targets: z.array(TargetSchema).default([]),
  /** The count targets are compared with. Default `"withPartner"`. */
  targetIndicator: z.enum(["papers", "international", "withPartner"]).default("withPartner"),
});

/** Options of a programme evaluation as a caller writes them. */
export type ProgrammeOptionsInput = z.input<typeof ProgrammeOptionsSchema>;

/** Options of a programme evaluation with every default filled in. */
export type ProgrammeOptions = z.output<typeof ProgrammeOptionsSchema>;

/** Options of `programmeFromStream`: those of `programme`, and a progress listener that is not part of the evaluation. */
export type ProgrammeStreamOptions = ProgrammeOptionsInput & {
  /**
   * Receives the papers read so far every `PAPER_PROGRESS_STEP` papers, and a last report with
   * every paper; default none.
   * @example
   * await programmeFromStream(streamCorpus("c.jsonl.gz"), projects, { onProgress: (p) => console.error(p.papers) })
   */
  readonly onProgress?: PaperProgressListener;
};
