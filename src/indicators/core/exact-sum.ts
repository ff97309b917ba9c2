/**
 * An exact running sum that costs nothing until it needs to: whole numbers add up exactly in a
 * double (below 2^53), so a sum stays a plain number until its first fractional term and only then
 * takes a `d3.Adder` (the exact accumulator of `fsum`, docs/methodology.md ("Numbers")). Integer counting, the
 * world rows and most cells never allocate one.
 */
import { Adder } from "d3-array";

/** A running sum; read it with `sumValue`. */
export interface ExactSum {
  /** The sum while every term was whole. */
  whole: number;
  /** The exact accumulator, once a fractional term came. */
  adder: Adder | null;
}

/** A sum at 0. */
export function exactSum(): ExactSum {
  return { whole: 0, adder: null };
}

/** Adds a term exactly. */
export function addTo(sum: ExactSum, term: number): void {
  if (sum.adder === null && Number.isInteger(term) && Number.isSafeInteger(sum.whole + term)) {
    sum.whole += term;
    return;
  }
  if (sum.adder === null) sum.adder = new Adder().add(sum.whole);
  sum.adder.add(term);
}

/** The sum, correctly rounded. */
export function sumValue(sum: ExactSum): number {
  return sum.adder === null ? sum.whole : +sum.adder;
}
