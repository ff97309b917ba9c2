/**
 * The publication year `y(p)` of a paper (docs/methodology.md §1.3). WoS gives two years: `PY`, fixed
 * once the final version is out, and `EY`, the Early Access year of online-first records that have
 * no `PY` yet. Which one counts is the switch `yearBasis`; NISTEP series are by `PY`, the WoS
 * interface and JCR use the Early Access year first. Which years are in scope (a window, a paper
 * without a year) is a corpus scope filter (`corpus/scope.ts`); the window's type lives here.
 */
import * as z from "zod";
import { checkOptions } from "../diagnostics/checked-options.ts";
import type { WosRecord } from "../read/wos-record.ts";

/** An inclusive range of publication years as an object, `{ from, to }`. */
const YearWindowObjectSchema = z
  .object({
    /** First year in the window. */
    from: z.number().int(),
    /** Last year in the window (inclusive). */
    to: z.number().int(),
  })
  .refine((window) => window.from <= window.to, { message: "years.from must not be after years.to" });

/** `2019-2021` or `2021`, as the command line's `--years`, `--period` and `--compare` take it. */
const YEAR_WINDOW_TEXT = /^\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?$/;

/**
 * Reads a year window as people write it: `2019-2021`, or one year `2021`.
 * @returns the window, or `null` when the text is not one
 * @example
 * yearWindowOf("2019-2021") // → { from: 2019, to: 2021 }
 * yearWindowOf("2021")      // → { from: 2021, to: 2021 }
 * yearWindowOf("2021-2019") // → null: it ends before it starts
 */
export function yearWindowOf(text: string): { from: number; to: number } | null {
  const match = YEAR_WINDOW_TEXT.exec(text);
  if (match === null) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return to < from ? null : { from, to };
}

/**
 * An inclusive range of publication years: `{ from, to }`, or the text `"2019-2021"` (one year:
 * `"2021"`) as on the command line.
 */
export const YearWindowSchema = z.union([
  z.string().transform((text, context) => {
    const window = yearWindowOf(text);
    if (window !== null) return window;
    context.addIssue({ code: "custom", message: `"${text}" is not a year window like 2019-2021 or 2021` });
    return z.NEVER;
  }),
  YearWindowObjectSchema,
]);

/** An inclusive range of publication years. */
export type YearWindow = z.infer<typeof YearWindowSchema>;

/** An inclusive range of publication years as a caller gives it: `{ from, to }` or `"2019-2021"`. */
export type YearWindowInput = z.input<typeof YearWindowSchema>;

/** Year switches of §1.3, with their defaults. */
export const YearOptionsSchema = z.object({
  /**
   * `"PY"` (default, all profiles): PY, else EY with the warning `year-from-EY`.
   * `"PY-strict"`: PY only; records without it have no year (the scope excludes them as `no-PY`).
   * `"earliest"`: the smaller of PY and EY, over those present.
   */
  yearBasis: z.enum(["PY", "PY-strict", "earliest"]).default("PY"),
});

/** Year switches with every value filled in. */
export type YearOptions = z.infer<typeof YearOptionsSchema>;

/** Year switches as a caller gives them. */
export type YearOptionsInput = z.input<typeof YearOptionsSchema>;

/** A warning about the year of a record. */
export const YearWarningSchema = z.object({
  /** The year was taken from EY, not PY. */
  code: z.literal("year-from-EY"),
  /** `PY is missing; EY 2022` or `EY 2021 is before PY 2022`. */
  detail: z.string(),
});

/** A warning about the year of a record. */
export type YearWarning = z.infer<typeof YearWarningSchema>;

/** The year of one record. */
export const PublicationYearSchema = z.object({
  /** `y(p)`, or `null` when the record has no usable year (no PY under `"PY-strict"`, neither PY nor EY otherwise). */
  year: z.number().int().nullable(),
  /** The tag `year` came from, or `null` with it. */
  yearSource: z.enum(["PY", "EY"]).nullable(),
  /** `year-from-EY` when EY gave the year. */
  warnings: z.array(YearWarningSchema),
});

/** The year of one record. */
export type PublicationYear = z.infer<typeof PublicationYearSchema>;

/**
 * Fixes `y(p)` by `yearBasis` (§1.3). Under `"earliest"` the warning `year-from-EY` also marks
 * records whose EY is earlier than their PY, so that every year not taken from PY is flagged
 * whatever the basis [D].
 * @param record - the record's `publicationYear` (PY) and `earlyAccessYear` (EY)
 * @param options - see `YearOptions`; default `{ yearBasis: "PY" }`
 * @example
 * publicationYear({ publicationYear: null, earlyAccessYear: 2022 })
 * // → { year: 2022, yearSource: "EY", warnings: [{ code: "year-from-EY", detail: "PY is missing; EY 2022" }] }
 */
export function publicationYear(
  record: Pick<WosRecord, "publicationYear" | "earlyAccessYear">,
  options: YearOptionsInput = {},
): PublicationYear {
  return createPublicationYear(options)(record);
}

/**
 * Validates the options once and returns the §1.3 year rule for many records.
 * @param options - see `YearOptions`
 * @example
 * createPublicationYear({ yearBasis: "PY-strict" })({ publicationYear: null, earlyAccessYear: 2022 }).year // → null
 */
export function createPublicationYear(
  options: YearOptionsInput = {},
): (record: Pick<WosRecord, "publicationYear" | "earlyAccessYear">) => PublicationYear {
  const { yearBasis } = checkOptions(YearOptionsSchema, options, "year options");
  return (record) => yearOf(record, yearBasis);
}

function yearOf(
  record: Pick<WosRecord, "publicationYear" | "earlyAccessYear">,
  yearBasis: YearOptions["yearBasis"],
): PublicationYear {
  const py = record.publicationYear;
  const ey = record.earlyAccessYear;
  const none: PublicationYear = { year: null, yearSource: null, warnings: [] };
  if (py === null && yearBasis === "PY-strict") return none;
  let fromEy: YearWarning | null = null;
  if (py === null && ey !== null) fromEy = { code: "year-from-EY", detail: `PY is missing; EY ${ey}` };
  else if (yearBasis === "earliest" && py !== null && ey !== null && ey < py) {
    fromEy = { code: "year-from-EY", detail: `EY ${ey} is before PY ${py}` };
  }
  const year = fromEy !== null ? ey : py;
  if (year === null) return none;
  return { year, yearSource: fromEy !== null ? "EY" : "PY", warnings: fromEy !== null ? [fromEy] : [] };
}
