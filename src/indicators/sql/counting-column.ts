/**
 * Which weight column of `paper_country` (docs/parquet.md) a fractional counting reads in the
 * shipped SQL: the corpus carries every method's weights at the default switches, NISTEP counting
 * by address lines is the address method (§4.2), and the author-based methods with
 * `cwtsRenormalize` have columns of their own (§4.3), since whether an author's share stayed
 * unassigned is a test on exact fractions that SQL cannot redo from the doubles.
 */

/** What decides the column: the method and its switches, as the counting options settle them. */
export interface CountingColumnOptions {
  /** The fractional method (`nistep`, `cwts`, `country`, `address`, `author`). */
  readonly method: string;
  /** NISTEP's unit: `institution` or `address`. */
  readonly nistepUnit: string;
  /** Renormalize the author-based methods. */
  readonly cwtsRenormalize: boolean;
}

/**
 * The suffix of the `w_<suffix>` column, also the `method` of `paper_counting_warning`.
 * @example
 * countingColumn({ method: "cwts", nistepUnit: "institution", cwtsRenormalize: true }) // → "cwts_renormalized"
 * countingColumn({ method: "nistep", nistepUnit: "address", cwtsRenormalize: false }) // → "address"
 */
export function countingColumn(options: CountingColumnOptions): string {
  const { method } = options;
  if (method === "nistep" && options.nistepUnit === "address") return "address";
  if ((method === "cwts" || method === "author") && options.cwtsRenormalize) return `${method}_renormalized`;
  return method;
}
