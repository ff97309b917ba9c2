/**
 * What every collaboration table carries besides its rows (docs/methodology.md §4.6, §13.4): the
 * unattributable papers per period and field, and how many papers were read, fell outside the
 * periods or made the counting method record a warning.
 */
import * as z from "zod";
import { CountingWarningSchema } from "../counting/country-weights.ts";

/** In-scope papers of one period and field, split into attributable and unattributable (§4.6). */
export const UnattributedRowSchema = z.object({
  /** Period label, `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"` or a NISTEP field key. */
  field: z.string(),
  /** In-scope papers: `attributable + unattributed`. */
  inScope: z.number().nonnegative(),
  /** Papers with at least one country, `N_world` (§4.6). */
  attributable: z.number().nonnegative(),
  /** Papers with `C(p) = ∅`: in world totals of papers, in no country. */
  unattributed: z.number().nonnegative(),
});

/** In-scope papers of one period and field, split into attributable and unattributable. */
export type UnattributedRow = z.infer<typeof UnattributedRowSchema>;

/** The account every collaboration table carries next to its rows. */
export const TableAccountSchema = z.object({
  /** Per period and field, in row order; the same averaging or summing as the table's counts. */
  unattributed: z.array(UnattributedRowSchema),
  /** Papers read. */
  papersRead: z.number().int().nonnegative(),
  /** Papers read that fall in no period (no year, or a year outside every period). */
  papersOutsidePeriods: z.number().int().nonnegative(),
  /** Papers on which the fractional method recorded each warning (§4.2, §4.3); zeros under integer counting. */
  warnings: z.record(CountingWarningSchema, z.number().int().nonnegative()),
});

/** The account every collaboration table carries next to its rows. */
export type TableAccount = z.infer<typeof TableAccountSchema>;
