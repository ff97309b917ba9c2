/**
 * Institution units (docs/methodology.md §3.3): the counting unit of NISTEP fractional counting and of
 * the single/multi-institution split is the pair (country, organization key), where the key is
 * the address's first segment normalized so that departments of one organization merge
 * (`Univ Tokyo, Dept A` and `Univ Tokyo, Inst B` are one unit). Unified names (C3, XML
 * `pref="Y"`) are not used here: an address can carry several, and would count several times.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { addressSegments } from "./_address-segments.ts";
import { sortSmall } from "./_sort-small.ts";

/** Runs of anything but letters, digits and `&`. Combining marks count as part of their letter. */
const SEPARATORS = /[^\p{L}\p{M}\p{Nd}&]+/gu;

/** One institution unit: an organization key within a country. */
export interface InstitutionUnit {
  /** Country key of the address (`resolveCountry`), or `null` when unresolved. */
  readonly country: string | null;
  /** Normalized first segment of the address (`institutionKey`). */
  readonly orgKey: string;
}

/**
 * The organization key of an address (docs/methodology.md §3.3): its first segment, NFKC, upper case,
 * every run of characters other than letters, digits and `&` replaced by one space, trimmed.
 * An address whose first segment normalizes to nothing gets `"#"` + the whole address normalized
 * the same way, so that it still forms a unit of its own.
 * @param addressText - the address as WoS writes it, without the `[authors]` prefix
 * @param segments - `addressSegments(addressText)`, when the caller has cut it already
 * @example
 * institutionKey("Univ Tokyo, Dept Chem, Tokyo 1130033, Japan") // → "UNIV TOKYO"
 * institutionKey(", Dept Phys, Oslo, Norway") // → "#DEPT PHYS OSLO NORWAY"
 */
export function institutionKey(
  addressText: string,
  segments: readonly string[] = addressSegments(addressText),
): string {
  const first = normalizeOrganization(segments[0] ?? "");
  return first === "" ? `#${normalizeOrganization(addressText)}` : first;
}

/**
 * The distinct institution units of a paper's addresses, sorted by country then organization key
 * (code-unit order; an unresolved country, `null`, sorts first). Units without a country are kept:
 * counting leaves them out of the denominator and says so (§4.2, `fraction-renormalized`).
 * @param addresses - resolved addresses, each with its `country` and `orgKey`
 * @example
 * institutionUnits([
 *   { country: "JP", orgKey: "UNIV TOKYO" }, { country: "US", orgKey: "HARVARD UNIV" }, { country: "JP", orgKey: "UNIV TOKYO" },
 * ])
 * // → [{ country: "JP", orgKey: "UNIV TOKYO" }, { country: "US", orgKey: "HARVARD UNIV" }]
 */
export function institutionUnits(addresses: Iterable<InstitutionUnit>): InstitutionUnit[] {
  const units: InstitutionUnit[] = [];
  for (const { country, orgKey } of addresses) units.push({ country, orgKey });
  // A stable sort puts equal units next to each other in the order they came: the first is kept.
  sortSmall(units, compareUnits);
  let kept = 0;
  for (const unit of units) {
    const last = units[kept - 1];
    if (last === undefined || compareUnits(last, unit) !== 0) units[kept++] = unit;
  }
  units.length = kept;
  return units;
}

/**
 * Country (an unresolved one as "", first), then organization key, by code units: the order of
 * the one string `country + "\u0000" + orgKey`, as no country key holds "\u0000".
 */
function compareUnits(a: InstitutionUnit, b: InstitutionUnit): number {
  return compareCodeUnits(a.country ?? "", b.country ?? "") || compareCodeUnits(a.orgKey, b.orgKey);
}

function normalizeOrganization(text: string): string {
  return text.normalize("NFKC").toUpperCase().replace(SEPARATORS, " ").trim();
}
