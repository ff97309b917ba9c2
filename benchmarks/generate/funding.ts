/**
 * Funding of synthetic papers: agencies of the papers' countries with grant numbers in their
 * agency's format (FU), and the acknowledgement text that names them (FX).
 */
import type { SyntheticAddress } from "./affiliations.ts";
import type { Random } from "./random.ts";
import { FUNDERS, type Funder, OTHER_FUNDERS } from "./vocabulary.ts";

/** One funding agency with its grant numbers. */
export interface SyntheticGrant {
  /** Agency as FU writes it. */
  readonly agency: string;
  /** Grant numbers (may be empty). */
  readonly ids: readonly string[];
}

/**
 * 1–3 funders of the paper's countries (mostly the first address's), each with 0–2 grant numbers.
 * @example
 * grants(random, addresses) // → [{ agency: "National Natural Science Foundation of China (NSFC)", ids: ["62071194"] }]
 */
export function grants(random: Random, addresses: readonly SyntheticAddress[]): SyntheticGrant[] {
  const count = random.int(1, 3);
  const out = new Map<string, SyntheticGrant>();
  for (let i = 0; i < count; i++) {
    const from = addresses.length === 0 || random.chance(0.7) ? addresses[0] : random.pick(addresses);
    const [agency, pattern]: Funder = random.pick((from && FUNDERS[from.country]) ?? OTHER_FUNDERS);
    if (out.has(agency)) continue;
    const ids =
      pattern === null ? [] : Array.from({ length: random.int(0, 2) }, () => grantNumber(random, pattern));
    out.set(agency, { agency, ids: [...new Set(ids)] });
  }
  return [...out.values()];
}

/** Fills a grant-number pattern: `#` a digit, `@` a capital letter. */
function grantNumber(random: Random, pattern: string): string {
  let out = "";
  for (const c of pattern)
    out += c === "#" ? String(random.int(0, 9)) : c === "@" ? String.fromCharCode(65 + random.int(0, 25)) : c;
  return out;
}

/**
 * The acknowledgement text (FX) naming each agency and its grants.
 * @example
 * fundingText([{ agency: "Wellcome Trust", ids: ["203141/Z/16/Z"] }])
 * // → "This work was supported by the Wellcome Trust under Grant 203141/Z/16/Z."
 */
export function fundingText(funded: readonly SyntheticGrant[]): string {
  const parts = funded.map(({ agency, ids }) =>
    ids.length === 0 ? `the ${agency}` : `the ${agency} under Grant ${ids.join(" and ")}`,
  );
  return `This work was supported by ${parts.join("; and by ")}.`;
}
