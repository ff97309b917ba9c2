/**
 * Identifiers of synthetic records, shaped and checked like real ones: UTs (`WOS:` + 15 digits,
 * unique per seed by construction), ORCID iDs with a valid ISO 7064 MOD 11-2 check character,
 * ResearcherIDs, ISSNs with a valid check digit, and WoS accession (GA) codes.
 */
import { mix32, type Random } from "./random.ts";

const UT_MODULUS = 10 ** 13;
/** Multipliers coprime to 10, so `index → index × a + b (mod 10^13)` is a bijection. */
const UNIT_DIGITS = [1, 3, 7, 9] as const;

/**
 * The UT of record `index` in the data set of `seed`: `WOS:00` + 13 digits. Distinct indexes give
 * distinct UTs (an affine map modulo 10^13 with a multiplier coprime to 10), for any index below 10^9.
 * @example
 * utFor(1, 0) === utFor(1, 0) && utFor(1, 0) !== utFor(1, 1) // → true
 */
export function utFor(seed: number, index: number): string {
  const h = mix32(seed ^ 0x2545f491);
  // a < 5·10^6 and index < 10^9 keep index × a + b below 2^53, so the arithmetic is exact.
  const a = 1_000_000 + (h % 400_000) * 10 + (UNIT_DIGITS[h >>> 30] as number);
  const b = (mix32(h) * 2311) % UT_MODULUS;
  const digits = (index * a + b) % UT_MODULUS;
  return `WOS:00${String(digits).padStart(13, "0")}`;
}

/**
 * The ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD.
 * @example
 * orcidCheck("000000021825009") // → "7"
 */
export function orcidCheck(digits: string): string {
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/**
 * A random, well-formed ORCID iD (`0000-0002-1825-0097` shape; the `0009-` block is the newest).
 * @example
 * orcid(random) // → "0000-0003-3355-9727"
 */
export function orcid(random: Random): string {
  const block = random.chance(0.2) ? `0009-000${random.int(0, 9)}` : `0000-000${random.int(1, 3)}`;
  const rest = String(random.int(0, 9_999_999)).padStart(7, "0");
  const digits = `${block.replace("-", "")}${rest}`;
  return `${block}-${rest.slice(0, 4)}-${rest.slice(4)}${orcidCheck(digits)}`;
}

/**
 * A random ResearcherID: one to three letters, four digits, the year it was issued.
 * @example
 * researcherId(random) // → "F-9967-2012" or "AAB-1234-2021"
 */
export function researcherId(random: Random): string {
  const letters = random.chance(0.6) ? 1 : 3;
  let prefix = "";
  for (let i = 0; i < letters; i++) prefix += String.fromCharCode(65 + random.int(0, 25));
  const year = letters === 1 ? random.int(2008, 2017) : random.int(2018, 2024);
  return `${prefix}-${String(random.int(0, 9999)).padStart(4, "0")}-${year}`;
}

/**
 * An ISSN with a valid check digit, derived from a number so that a journal keeps its ISSN.
 * @example
 * issnFrom(360319) // → "0036-0319" shape with its check digit: "0036-031X" or similar
 */
export function issnFrom(value: number): string {
  const digits = String(value % 10_000_000).padStart(7, "0");
  let total = 0;
  for (let i = 0; i < 7; i++) total += Number(digits[i]) * (8 - i);
  const check = (11 - (total % 11)) % 11;
  return `${digits.slice(0, 4)}-${digits.slice(4)}${check === 10 ? "X" : check}`;
}

const ACCESSION_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * A WoS document delivery (GA) accession code of five characters.
 * @example
 * accessionCode(random) // → "S0Z6K"
 */
export function accessionCode(random: Random): string {
  let code = "";
  for (let i = 0; i < 5; i++)
    code += ACCESSION_CHARACTERS.charAt(random.int(0, ACCESSION_CHARACTERS.length - 1));
  return code;
}
