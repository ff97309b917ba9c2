/**
 * Corresponding (reprint) authors of synthetic papers: the first or the last author, sometimes
 * both in recent years, each at their first address and with an e-mail address (RP, EM, XML
 * `reprint_addresses`).
 */
import type { SyntheticAddress, SyntheticAuthor } from "./affiliations.ts";
import type { Random } from "./random.ts";

/** A corresponding author. */
export interface Reprint {
  /** 0-based author index. */
  readonly author: number;
  /** 0-based address index. */
  readonly address: number;
  /** E-mail address (EM, XML `email_addr`). */
  readonly email: string;
}

/**
 * One or two corresponding authors, at their first address; none when the paper has no address.
 * @example
 * reprints(random, authors, addresses, 2022) // → [{ author: 3, address: 1, email: "wei.wang@tsinghuauniv.edu" }]
 */
export function reprints(
  random: Random,
  authors: readonly SyntheticAuthor[],
  addresses: readonly SyntheticAddress[],
  year: number,
): Reprint[] {
  if (addresses.length === 0) return [];
  const at = (author: number): Reprint => {
    const address = Math.max(0, (authors[author]?.addressNumbers[0] ?? 1) - 1);
    return { author, address, email: emailOf(authors[author], addresses[address]) };
  };
  const last = authors.length - 1;
  const first = random.chance(0.5) ? last : 0;
  const out = [at(first)];
  if (year >= 2018 && last > 0 && random.chance(0.15)) out.push(at(first === 0 ? last : 0));
  return out;
}

/** `given.surname@institution.edu`, in ASCII. */
function emailOf(author: SyntheticAuthor | undefined, address: SyntheticAddress | undefined): string {
  const ascii = (text: string): string =>
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "");
  const given = author?.given.split(" ")[0] ?? "";
  return `${ascii(given)}.${ascii(author?.surname ?? "")}@${ascii(address?.institution.name ?? "mail")}.edu`;
}
